#pragma once
// The build's longest chain (the layout, then painting and finishing the screen PDF) runs on the
// build's own thread, the main thread of `persklaar build`; the other editions and their
// preparation, on threads of their own, have room to spare. But on two cores there are moments with
// three threads ready to run (the painting, the braille preparation running on past the layout, the
// e-book being written), and sharing the cores evenly slowed the painting by a fifth. So the other
// threads run at a lower priority (a higher nice value): the build's thread keeps a core to itself
// and they share the other. Measured on the sample: the whole build 189.4 -> 182.7 and 184.9 ->
// 180.6 ms (21 and 31 alternating runs).
namespace persklaar {

// Lowers the calling thread's priority by five nice steps (Linux keeps a nice value per thread).
// Cannot be undone without privileges; does nothing where the system refuses.
void run_behind_the_main_thread();

}  // namespace persklaar
