// The program's heap in transparent huge pages (2 MiB) instead of 4 KiB ones. tcmalloc takes its
// memory from the system in large pieces through a pluggable system allocator
// (gperftools/malloc_extension.h); the one below maps them 2 MiB-aligned and asks the kernel for huge
// pages there (madvise MADV_HUGEPAGE), which it grants where transparent huge pages are "madvise" or
// "always" and ignores where they are "never".
//
// Why: a build of the sample first touches some 30 MB of heap, one page fault per 4 KiB page (about
// 8,300 faults, a tenth of the build's processor time on a virtual machine), and `persklaar watch`
// rebuilds from a heap whose free objects lie scattered over a hundred megabytes, where allocation
// after allocation misses the TLB and the caches. Measured on the sample: page faults 8,300 → 3,000;
// a whole build 231 → 210 ms wall and 380 → 335 ms of processor time (25 alternating runs); a watch
// rebuild after a one-word change 123–162 → 94–115 ms in a slow hour, 92–104 → 84–105 ms in a
// quieter one (docs/architecture.md, "Editions are written at the same time"). The cost:
// a partly used 2 MiB page is resident whole, so the peak grows a little: the sample's 4 MB, the
// sample ×100's 927 → 959 MB (under the 1 GiB a build may use).
//
// Where the pieces go: beside the heap tcmalloc began with (the program break, before this allocator
// was installed), in the same 2 GiB of address space. tcmalloc maps its pages to their spans with a
// two-level table whose second-level pieces each cover 2 GiB and are 2 MiB large, zeroed by memset
// when made; pieces mapped wherever the kernel likes (at the top of the address space) needed a
// second one. Measured on the sample: page faults 3,000 → 2,500, and 4 ms less processor time.
//
// Only built when tcmalloc is linked (cmake/dependencies.cmake); a sanitizer's allocator has its own.
#include <gperftools/malloc_extension.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;
constexpr std::size_t kReserved = std::size_t{64} << 20;         // address space mapped at a time, not memory
constexpr std::uintptr_t kTableReach = std::uintptr_t{1} << 31;  // what one piece of tcmalloc's page table covers
constexpr std::size_t kBreakRoom = std::size_t{32} << 20;        // left free above the break, for sbrk

// Hands out tcmalloc's requests from 2 MiB-aligned mappings of 64 MiB (more for a larger request),
// one after the other. tcmalloc calls it with its page heap locked, so it needs no lock of its own;
// what tcmalloc later returns to the system it returns with madvise, which works on these mappings.
class HugePageHeap final : public SysAllocator {
 public:
  explicit HugePageHeap(SysAllocator* fallback) : fallback_(fallback) {}

  void* Alloc(std::size_t size, std::size_t* actual_size, std::size_t alignment) override {
    if (alignment == 0) alignment = 1;
    if (alignment > kHugePage) return fallback_->Alloc(size, actual_size, alignment);
    std::uintptr_t at = align_up(next_, alignment);
    if (next_ == 0 || at + size > end_) {
      if (!map_more(size)) return fallback_->Alloc(size, actual_size, alignment);
      at = align_up(next_, alignment);
    }
    next_ = at + size;
    if (actual_size) *actual_size = size;
    return reinterpret_cast<void*>(at);
  }

 private:
  static std::uintptr_t align_up(std::uintptr_t address, std::size_t alignment) {
    return (address + alignment - 1) / alignment * alignment;
  }

  // Where the next mapping should go: after the last one, or at first above the program break;
  // nowhere in particular (nullptr) when that would leave the 2 GiB the heap began in.
  void* placement(std::size_t wanted) const {
    const auto heap_start = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (heap_start == static_cast<std::uintptr_t>(-1)) return nullptr;
    const std::uintptr_t at = mapped_end_ != 0 ? mapped_end_ : align_up(heap_start + kBreakRoom, kHugePage);
    const std::uintptr_t reach_end = (heap_start / kTableReach + 1) * kTableReach;
    return at + wanted <= reach_end ? reinterpret_cast<void*>(at) : nullptr;
  }

  bool map_more(std::size_t size) {
    const std::size_t wanted = size + kHugePage > kReserved ? align_up(size, kHugePage) + kHugePage : kReserved;
    // A hint only: where that address space is taken, the kernel chooses another.
    void* mapped =
        mmap(placement(wanted), wanted, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED) return false;
    const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(mapped);
    mapped_end_ = start + wanted;
    next_ = align_up(start, kHugePage);
    end_ = (start + wanted) / kHugePage * kHugePage;
    madvise(reinterpret_cast<void*>(next_), end_ - next_, MADV_HUGEPAGE);  // a hint: without it, plain pages
    return true;
  }

  SysAllocator* fallback_;
  std::uintptr_t next_ = 0;
  std::uintptr_t end_ = 0;
  std::uintptr_t mapped_end_ = 0;  // where the last mapping ends (end_ rounds down to a huge page)
};

// Installed before main: what the libraries allocated while they were loaded stays where it is.
const bool installed = [] {
  MallocExtension* extension = MallocExtension::instance();
  if (SysAllocator* standard = extension->GetSystemAllocator()) {
    extension->SetSystemAllocator(new HugePageHeap(standard));  // kept for the process's lifetime
  }
  return true;
}();

}  // namespace
