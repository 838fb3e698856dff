#!/usr/bin/env python3
"""Renders Markdown manuscript files as one HTML document for a word processor to import, with
cmark-gfm (the library the Markdown reader uses, through ctypes) and its table extension. A YAML
metadata block is left out (the manifest carries the metadata); everything else, the {.front}
attributes of headings included, stays as the author wrote it.

  markdown-to-html.py TITLE LANGUAGE FILE.md... > magazine.html
"""
import ctypes
import html
import re
import sys

cmark = ctypes.CDLL("libcmark-gfm.so")
extensions = ctypes.CDLL("libcmark-gfm-extensions.so")
cmark.cmark_parser_new.restype = ctypes.c_void_p
cmark.cmark_parser_new.argtypes = [ctypes.c_int]
cmark.cmark_find_syntax_extension.restype = ctypes.c_void_p
cmark.cmark_find_syntax_extension.argtypes = [ctypes.c_char_p]
cmark.cmark_parser_attach_syntax_extension.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
cmark.cmark_parser_feed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
cmark.cmark_parser_finish.restype = ctypes.c_void_p
cmark.cmark_parser_finish.argtypes = [ctypes.c_void_p]
cmark.cmark_parser_get_syntax_extensions.restype = ctypes.c_void_p
cmark.cmark_parser_get_syntax_extensions.argtypes = [ctypes.c_void_p]
cmark.cmark_render_html.restype = ctypes.c_void_p
cmark.cmark_render_html.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
libc = ctypes.CDLL("libc.so.6")
libc.free.argtypes = [ctypes.c_void_p]
extensions.cmark_gfm_core_extensions_ensure_registered()

CMARK_OPT_UNSAFE = 1 << 17


def render(markdown):
    parser = cmark.cmark_parser_new(CMARK_OPT_UNSAFE)
    cmark.cmark_parser_attach_syntax_extension(parser, cmark.cmark_find_syntax_extension(b"table"))
    data = markdown.encode("utf-8")
    cmark.cmark_parser_feed(parser, data, len(data))
    document = cmark.cmark_parser_finish(parser)
    pointer = cmark.cmark_render_html(document, CMARK_OPT_UNSAFE, cmark.cmark_parser_get_syntax_extensions(parser))
    text = ctypes.string_at(pointer).decode("utf-8")
    libc.free(pointer)
    return text


def without_metadata_block(markdown):
    match = re.match(r"---\n[A-Za-z_].*?\n(---|\.\.\.)\n", markdown, re.S)
    return markdown[match.end():] if match else markdown


def main():
    title, language, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    body = "".join(render(without_metadata_block(open(name, encoding="utf-8").read())) for name in files)
    sys.stdout.write(
        f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n</head>\n<body>\n{body}</body>\n</html>\n")


main()
