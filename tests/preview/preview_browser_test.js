// The preview in a real browser: Debian's Chromium, driven by puppeteer-core, against a running
// `persklaar preview` of a copy of the sample magazine. It loads the page and sees every page image
// and the diagnostics; changes one word in a chapter file and sees that page's image change and no
// other page image load again, within 2 s of the build's end; saves a broken manuscript.yaml and sees
// the error over the last good pages; and stops the preview with Ctrl-C (exit status 130, no
// temporary file left).
//
//   node preview_browser_test.js PERSKLAAR SAMPLE_FOLDER [SCREENSHOT_FOLDER]
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");

const [persklaar, sample, screenshots] = process.argv.slice(2);
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "persklaar-preview-"));
const manuscript = path.join(work, "kenniscafes");
const out = path.join(work, "out");
const chapter = path.join(manuscript, "03-verbondenheid-en-veerkracht.md");
let failures = 0;

function check(condition, what) {
  console.log((condition ? "ok    " : "FAILED") + " " + what);
  if (!condition) failures++;
}

function startPreview() {
  const child = spawn(persklaar, ["preview", manuscript, "-o", out + "/"], { stdio: ["ignore", "ignore", "pipe"] });
  child.log = "";
  child.address = new Promise((resolve, reject) => {
    child.stderr.on("data", (chunk) => {
      child.log += chunk;
      const found = /preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(child.log);
      if (found) resolve(found[1]);
    });
    child.on("exit", (code) => reject(new Error("the preview ended with " + code + ":\n" + child.log)));
  });
  child.ended = new Promise((resolve) => child.on("exit", (code, signal) => resolve(code)));
  return child;
}

async function waitFor(page, condition, argument, timeout) {
  await page.waitForFunction(condition, { timeout, polling: 50 }, argument);
}

const imageSources = (page) =>
  page.$$eval("#spreads img", (images) => images.map((image) => image.getAttribute("src")));

async function main() {
  fs.cpSync(sample, manuscript, { recursive: true });
  const preview = startPreview();
  const address = await preview.address;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const pageRequests = [];
    page.on("request", (request) => {
      if (request.url().includes("/pages/")) pageRequests.push(request.url());
    });

    await page.goto(address, { waitUntil: "domcontentloaded" });
    await waitFor(page, () => Number(document.body.dataset.build) >= 1, null, 60000);
    const state = await (await fetch(address + "state.json")).json();
    await waitFor(page, (count) => {
      const images = [...document.querySelectorAll("#spreads img")];
      return images.length === count && images.every((image) => image.complete && image.naturalWidth > 0);
    }, state.pages.length, 20000);
    const before = await imageSources(page);
    check(before.length === state.pages.length && before.length > 20, "every page image shown: " + before.length);
    const diagnostics = await page.$$eval("#diagnostics li", (items) => items.length);
    check(diagnostics === state.diagnostics.length && diagnostics > 0, "the diagnostics listed: " + diagnostics);
    const contents = await page.$$eval("#contents li", (items) => items.length);
    check(contents > 5, "the contents listed: " + contents);
    await waitFor(page, () => document.querySelectorAll("#epub-pages a").length > 0, null, 5000);
    const ebook = await page.$$eval("#epub-pages a", (links) => links.map((link) => link.getAttribute("href")));
    check(ebook[0] === "/epub/EPUB/text/cover.xhtml" && ebook.some((href) => href.includes("chapter-03")),
          "the e-book's pages in reading order: " + ebook.length);
    const chapterPage = await fetch(new URL(ebook.find((href) => href.includes("chapter-03")), address));
    check(chapterPage.ok && (await chapterPage.text()).includes("Verbondenheid"), "an e-book page opens");
    const textEdition = await fetch(address + "editions/kenniscafes.txt");
    check(textEdition.ok && (await textEdition.text()).includes("Verbondenheid en veerkracht"), "the text edition opens");
    if (screenshots) await page.screenshot({ path: path.join(screenshots, "preview-spreads.png") });

    // One word in one chapter.
    pageRequests.length = 0;
    const text = fs.readFileSync(chapter, "utf8");
    check(text.includes("Zodoende kan men"), "the chapter has the word to change");
    // When the first page image changed and when the build's end was shown, in the page's own clock.
    await page.evaluate(() => {
      window.seen = { pages: null, build: null };
      new MutationObserver(() => { window.seen.pages = window.seen.pages ?? performance.now(); })
        .observe(document.getElementById("spreads"), { subtree: true, attributes: true, attributeFilter: ["src"] });
      new MutationObserver(() => { window.seen.build = window.seen.build ?? performance.now(); })
        .observe(document.body, { attributes: true, attributeFilter: ["data-build"] });
    });
    const saved = Date.now();
    fs.writeFileSync(chapter, text.replace("Zodoende kan men", "Daardoor kan men"));
    await waitFor(page, () => Number(document.body.dataset.build) >= 2, null, 60000);
    const built = Date.now();
    const seen = await page.evaluate(() => window.seen);
    // The page images are written before the PDFs and shown at once; on a busy machine the end of the
    // build may be heard first, so this is told, not checked (the server's side is checked in C++).
    console.log("info   the changed page image shown " + Math.round(seen.build - seen.pages) +
                " ms before the build's end was");
    const after = await imageSources(page);
    const changed = after.filter((source, k) => source !== before[k]);
    await waitFor(page, () => [...document.querySelectorAll("#spreads img")].every((i) => i.complete && i.naturalWidth > 0),
                  null, 2000);
    const shownAt = Date.now();
    check(changed.length >= 1 && changed.length <= 3, "changed page images: " + changed.length + " of " + after.length);
    check(shownAt - built <= 2000, "the changed pages shown " + (shownAt - built) + " ms after the page heard of the build (" +
          (shownAt - saved) + " ms after the save)");
    const reloaded = [...new Set(pageRequests)].map((url) => new URL(url).pathname);
    check(reloaded.length === changed.length && reloaded.every((url) => changed.includes(url.slice(1))),
          "only the changed pages loaded again: " + reloaded.join(", "));
    if (screenshots) {
      const number = after.indexOf(changed[0]) + 1;
      await page.evaluate((n) => document.getElementById("page-" + n).scrollIntoView(), number);
      await page.click("#show-bleed");
      await page.screenshot({ path: path.join(screenshots, "preview-changed-page-with-bleed.png") });
      await page.click("#show-bleed");
    }

    // A broken manifest: its error, over the last good pages.
    const yaml = path.join(manuscript, "manuscript.yaml");
    fs.writeFileSync(yaml, "title: [Kenniscafés\n" + fs.readFileSync(yaml, "utf8").split("\n").slice(1).join("\n"));
    await waitFor(page, () => Number(document.body.dataset.build) >= 3, null, 60000);
    const error = await page.$eval("#error", (banner) => (banner.hidden ? "" : banner.textContent));
    check(/manuscript\.yaml:\d+:\d+: error: broken YAML/.test(error), "the error is shown: " + error.split("\n")[0]);
    const kept = await imageSources(page);
    check(JSON.stringify(kept) === JSON.stringify(after), "the last good pages are kept: " + kept.length);
    if (screenshots) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(screenshots, "preview-broken-yaml.png") });
    }
  } finally {
    await browser.close();
    preview.kill("SIGINT");
  }
  const status = await preview.ended;
  check(status === 130, "Ctrl-C ends the preview with " + status);
  const left = fs.readdirSync(out).filter((name) => name.startsWith("."));
  check(left.length === 0, "no temporary file left in the output folder" + (left.length ? ": " + left.join(", ") : ""));
}

main()
  .catch((error) => {
    console.log("FAILED " + error.stack);
    failures++;
  })
  .finally(() => {
    fs.rmSync(work, { recursive: true, force: true });
    process.exit(failures === 0 ? 0 : 1);
  });
