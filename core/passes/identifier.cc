#include "core/passes/identifier.h"

#include <glib.h>

#include <array>
#include <cstdint>
#include <stdexcept>

namespace persklaar {
namespace {

// Persklaar's own namespace for publication ids (a random v4 UUID, fixed forever): the same title,
// publisher and date give the same id here and nowhere else.
constexpr std::string_view kPublicationNamespace = "3f0c6a52-8e1b-4d47-9b6e-2a5d7c1e9f08";

using UuidBytes = std::array<std::uint8_t, 16>;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

UuidBytes parse_uuid(std::string_view text) {
  UuidBytes bytes{};
  std::size_t count = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '-' && (k == 8 || k == 13 || k == 18 || k == 23)) continue;
    const int high = hex_value(text[k]);
    const int low = k + 1 < text.size() ? hex_value(text[k + 1]) : -1;
    if (high < 0 || low < 0 || count == bytes.size()) throw std::invalid_argument("not a UUID: " + std::string(text));
    bytes[count++] = static_cast<std::uint8_t>(high * 16 + low);
    ++k;
  }
  if (count != bytes.size() || text.size() != 36) throw std::invalid_argument("not a UUID: " + std::string(text));
  return bytes;
}

std::string format_uuid(const UuidBytes& bytes) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::size_t k = 0; k < bytes.size(); ++k) {
    if (k == 4 || k == 6 || k == 8 || k == 10) out += '-';
    out += kDigits[bytes[k] >> 4];
    out += kDigits[bytes[k] & 0x0f];
  }
  return out;
}

}  // namespace

std::string name_based_uuid(std::string_view namespace_uuid, std::string_view name) {
  const UuidBytes space = parse_uuid(namespace_uuid);
  GChecksum* checksum = g_checksum_new(G_CHECKSUM_SHA1);
  g_checksum_update(checksum, space.data(), static_cast<gssize>(space.size()));
  g_checksum_update(checksum, reinterpret_cast<const guchar*>(name.data()), static_cast<gssize>(name.size()));
  std::array<std::uint8_t, 20> digest{};
  gsize length = digest.size();
  g_checksum_get_digest(checksum, digest.data(), &length);
  g_checksum_free(checksum);

  UuidBytes uuid{};
  for (std::size_t k = 0; k < uuid.size(); ++k) uuid[k] = digest[k];
  uuid[6] = static_cast<std::uint8_t>((uuid[6] & 0x0f) | 0x50);  // version 5
  uuid[8] = static_cast<std::uint8_t>((uuid[8] & 0x3f) | 0x80);  // the RFC 4122 variant
  return format_uuid(uuid);
}

std::string stable_identifier(const Metadata& metadata) {
  if (!metadata.identifier.empty()) return metadata.identifier;
  // The unit separator cannot occur in metadata, so ("a b", "c") and ("a", "b c") stay apart.
  const std::string name = metadata.title + '\x1f' + metadata.publisher + '\x1f' + metadata.date;
  return "urn:uuid:" + name_based_uuid(kPublicationNamespace, name);
}

}  // namespace persklaar
