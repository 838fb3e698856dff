#pragma once
// Images inside a Word document become files the editions can embed: each is written once, named
// after a hash of its bytes, into this process's private temporary folder (removed when the process
// ends, also on an error or an interrupt), and the model names it by its absolute path.
#include <filesystem>
#include <string>

namespace persklaar::docx {

// Writes `bytes` (the part `part_name`, whose extension is kept) unless a file with the same content
// is already there, and returns its path. Throws std::runtime_error when the folder cannot be written.
std::filesystem::path store_media(const std::string& part_name, const std::string& bytes);

}  // namespace persklaar::docx
