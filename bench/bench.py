#!/usr/bin/env python3
"""The build as a user runs it, measured: wall time, CPU time (user + system) and peak memory of
`persklaar build` per edition and for the whole build, each the median of repeated runs of the
command (process start included); the same manuscript through pandoc (EPUB, plain text) and pandoc
+ WeasyPrint (PDF) when they are installed, with our times as a ratio of theirs; a magazine with
photos (samples/buurtblad); and the sample repeated 10 and 100 times, with time and memory per page.

    bench/bench.py [--runs 11] [--long-runs 3] [--no-long] [--persklaar build/cli/persklaar]

On a shared machine wall time waits for other work: CPU time is the steadier figure, and ratios
measured in the same run are what the README quotes.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "kenniscafes"
PHOTOS = ROOT / "samples" / "buurtblad"


class Measure:
    """The medians of several runs of one command."""

    def __init__(self, wall, cpu, rss_kb):
        self.wall, self.cpu, self.rss_kb = wall, cpu, rss_kb

    def row(self, name, pages=None):
        text = f"  {name:<34} {self.wall * 1000:9.1f} {self.cpu * 1000:9.1f} {self.rss_kb / 1024:8.1f}"
        if pages:
            text += f"   {pages:5d} p {self.cpu * 1000 / pages:6.2f} ms/p {self.rss_kb / pages:7.1f} KB/p"
        return text


def run_once(command, stdout=subprocess.DEVNULL):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(map(str, command))} failed:\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def measure(command, runs):
    results = [run_once(command) for _ in range(runs)]
    return Measure(*(statistics.median(r[k] for r in results) for k in range(3)))


def chapter_files(sample):
    """The manifest's chapter files, in order."""
    files, listing = [], False
    for line in (sample / "manuscript.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith("chapters:"):
            listing = True
        elif listing and line.strip().startswith("- "):
            files.append(line.strip()[2:].strip())
        elif listing and line and not line.startswith(" "):
            listing = False
    return files


def repeated_sample(sample, times, folder):
    """The sample with its body chapters `times` times over (front and back matter once), as a
    manuscript folder of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    files = chapter_files(sample)
    body = [f for f in files if not f.startswith(("00-", "9"))]
    listed = [f for f in files if f.startswith("00-")]
    for name in listed:
        shutil.copy(sample / name, folder / name)
    for k in range(times):
        for name in body:
            copy = f"{k:03d}-{name}"
            shutil.copy(sample / name, folder / copy)
            listed.append(copy)
    for name in files:
        if name.startswith("9"):
            shutil.copy(sample / name, folder / name)
            listed.append(name)
    manifest = []
    for line in (sample / "manuscript.yaml").read_text(encoding="utf-8").splitlines():
        if line.startswith("chapters:"):
            break
        manifest.append(line)
    manifest.append("chapters:")
    manifest += [f"  - {name}" for name in listed]
    (folder / "manuscript.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return folder


def page_count(pdf):
    try:
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    return None


def header(title):
    print(f"\n{title}")
    print(f"  {'':<34} {'wall ms':>9} {'CPU ms':>9} {'RSS MB':>8}")


def ratio(ours, theirs):
    return f"{ours.wall / theirs.wall:5.2f}x wall, {ours.cpu / theirs.cpu:5.2f}x CPU"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per measurement (median; default 11)")
    parser.add_argument("--long-runs", type=int, default=3, help="runs of the x100 publication (default 3)")
    parser.add_argument("--no-long", action="store_true", help="leave out the x10 and x100 publications")
    parser.add_argument("--persklaar", default=str(ROOT / "build" / "cli" / "persklaar"))
    args = parser.parse_args()
    tool = args.persklaar
    scratch = Path(tempfile.mkdtemp(prefix="persklaar-bench-"))
    out = scratch / "out"

    def build(manuscript, formats=None):
        command = [tool, "build", str(manuscript), "-o", str(out) + "/", "-q"]
        return command + (["-t", formats] if formats else [])

    try:
        print(f"persklaar bench: medians of {args.runs} runs, each a new process (start-up included)")
        print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at the start")
        header("the sample magazine, per edition")
        editions = {}
        for fmt in ["txt", "epub", "pdf", "pdfx", "pdf,pdfx", "brf,pef"]:
            editions[fmt] = measure(build(SAMPLE, fmt), args.runs)
            print(editions[fmt].row(f"-t {fmt}"))
        whole = measure(build(SAMPLE), args.runs)
        pages = page_count(out / "kenniscafes.pdf")
        print(whole.row("whole build (every edition)", pages))
        epub_size = (out / "kenniscafes.epub").stat().st_size
        print(f"  EPUB size {epub_size / 1024:.0f} KB")
        screen, both = editions["pdf"], editions["pdf,pdfx"]
        print(f"  the print edition adds {100 * (both.cpu - screen.cpu) / screen.cpu:.0f} % CPU and "
              f"{100 * (both.wall - screen.wall) / screen.wall:.0f} % wall to the screen PDF's build")

        # Photos take another path: their bytes go into the PDFs as they are, and the print edition
        # converts their pixels to CMYK.
        header("a magazine with photos (samples/buurtblad: three JPEG photos, an SVG chart)")
        for fmt in ["pdf", "pdfx", None]:
            photos = measure(build(PHOTOS, fmt), args.runs)
            print(photos.row(f"-t {fmt}" if fmt else "whole build (every edition)"))

        chapters = [str(SAMPLE / f) for f in chapter_files(SAMPLE)]
        meta = ["--metadata", "title=Kenniscafés", "--metadata", "lang=nl"]
        if shutil.which("pandoc"):
            header("pandoc, the same manuscript")
            pandoc_epub = measure(["pandoc", *meta, "-o", str(scratch / "p.epub"), *chapters], args.runs)
            print(pandoc_epub.row("pandoc -> EPUB"))
            pandoc_txt = measure(["pandoc", *meta, "-t", "plain", "-o", str(scratch / "p.txt"), *chapters],
                                 args.runs)
            print(pandoc_txt.row("pandoc -> plain text"))
            pandoc_pdf = None
            if shutil.which("weasyprint"):
                pandoc_pdf = measure(["pandoc", *meta, "--pdf-engine=weasyprint", "-o", str(scratch / "p.pdf"),
                                      *chapters], args.runs)
                print(pandoc_pdf.row("pandoc + WeasyPrint -> PDF"))
            else:
                print("  pandoc + WeasyPrint -> PDF: weasyprint not installed")
            print("\nratios (ours / theirs, same run):")
            print(f"  whole build / pandoc EPUB          {ratio(whole, pandoc_epub)}")
            print(f"  EPUB / pandoc EPUB                 {ratio(editions['epub'], pandoc_epub)}")
            print(f"  text / pandoc plain text           {ratio(editions['txt'], pandoc_txt)}")
            if pandoc_pdf:
                print(f"  screen PDF / pandoc + WeasyPrint   {ratio(editions['pdf'], pandoc_pdf)}")
        else:
            print("\npandoc: not installed (apt-get install pandoc weasyprint for the comparison)")

        if not args.no_long:
            header("longer publications: the sample's body chapters repeated (whole build)")
            print(whole.row("x1", pages))
            base = whole.cpu / pages if pages else None
            for times, runs in [(10, max(3, args.runs // 2)), (100, args.long_runs)]:
                manuscript = repeated_sample(SAMPLE, times, scratch / f"x{times}")
                long = measure(build(manuscript), runs)
                long_pages = page_count(out / f"x{times}.pdf")
                print(long.row(f"x{times} ({runs} runs)", long_pages))
                if base and long_pages:
                    per_page = long.cpu / long_pages
                    # The sample's own per-page cost includes the start-up, paid once per build;
                    # what each added page costs shows whether the build stays linear.
                    added = (long.cpu - whole.cpu) / (long_pages - pages) * 1000
                    print(f"    CPU per page {100 * (per_page / base - 1):+.0f} % against x1 "
                          f"({added:.2f} ms for each page added); "
                          f"{long.cpu / whole.cpu:.1f}x the sample's CPU time, "
                          f"peak RSS {long.rss_kb / 1024:.0f} MB")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
