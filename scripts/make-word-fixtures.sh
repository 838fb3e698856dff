#!/bin/sh
# Makes the Word files the tests and the samples use, with a real word processor: LibreOffice,
# headless. Run it by hand after changing a source; the results are committed, so neither the build
# nor CI needs LibreOffice (apt-get install libreoffice-writer-nogui where you run this).
#
#   samples/kenniscafes-word/      the whole sample magazine as one Word document, from the Markdown
#                                  sample (Markdown → HTML with cmark-gfm → LibreOffice → .docx)
#   tests/docx/fixtures/features.*   one manuscript's features (features.md) as .docx, as Flat OPC
#                                    (.xml), as Word 2003 XML (-2003.xml) and with Dutch Word's style
#                                    ids (Kop1, Kop2, Citaat: -nl.docx)
#   tests/docx/fixtures/revisions.docx  tracked changes, a comment, hidden text, notes, a picture,
#                                       fields (from revisions.fodt, LibreOffice's flat document)
set -eu
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "needs LibreOffice: apt-get install libreoffice-writer-nogui" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so a LibreOffice the user has open does not get in the way.
soffice_convert() {  # FILTER OUTDIR INPUT [INFILTER]
  soffice -env:UserInstallation=file://$work/profile --headless ${4:+--infilter="$4"} \
    --convert-to "$1" --outdir "$2" "$3" >/dev/null
}

# Document properties an editor fills in (File, Properties): the title, the language and the date
# of the manuscript, instead of LibreOffice's defaults (its own locale, the moment of conversion).
# Also renames styles the way Dutch Word writes them, when asked.
fix_package() {  # DOCX TITLE LANGUAGE DATE [dutch]
  python3 - "$@" <<'PY'
import re, sys, zipfile
path, title, language, date = sys.argv[1:5]
dutch = len(sys.argv) > 5
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{title}</dc:title><dc:language>{language}</dc:language>'
        + (f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>' if date else '')
        + '</cp:coreProperties>')
# Dutch Word: localised style ids, the built-in English names.
renames = {"Heading1": ("Kop1", "heading 1"), "Heading2": ("Kop2", "heading 2"),
           "Heading3": ("Kop3", "heading 3"), "Quotations": ("Citaat", "Quote")}
with zipfile.ZipFile(path) as source:
    entries = [(info, source.read(info)) for info in source.infolist()]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
    for info, data in entries:
        if info.filename == "docProps/core.xml":
            data = core.encode()
        elif dutch and info.filename in ("word/styles.xml", "word/document.xml"):
            text = data.decode()
            for old, (new, name) in renames.items():
                text = text.replace(f'w:styleId="{old}"', f'w:styleId="{new}"')
                text = text.replace(f'w:val="{old}"', f'w:val="{new}"')
                text = re.sub(f'(w:styleId="{new}"[^>]*>(?:(?!</w:style>).)*?<w:name w:val=")[^"]*"',
                              lambda m: m.group(1) + name + '"', text, flags=re.S)
            data = text.encode()
        target.writestr(info, data)
PY
}

# A package written out as one XML document (Flat OPC), as Word's "Word XML Document" does.
to_flat_opc() {  # DOCX XML
  python3 - "$1" "$2" <<'PY'
import base64, re, sys, zipfile
source, target = sys.argv[1:3]
parts = []
with zipfile.ZipFile(source) as package:
    for name in package.namelist():
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        data = package.read(name)
        if name.endswith(".xml") or name.endswith(".rels"):
            xml = re.sub(r"^<\?xml[^>]*\?>\s*", "", data.decode())
            parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/xml">'
                         f'<pkg:xmlData>{xml}</pkg:xmlData></pkg:part>')
        else:
            parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/octet-stream" '
                         f'pkg:compression="store"><pkg:binaryData>{base64.b64encode(data).decode()}'
                         f'</pkg:binaryData></pkg:part>')
with open(target, "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<?mso-application progid="Word.Document"?>\n'
              '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
              + "".join(parts) + "</pkg:package>\n")
PY
}

# The sample magazine.
sample=samples/kenniscafes
word=samples/kenniscafes-word
mkdir -p "$word"
chapters=$(sed -n 's/^  - //p' "$sample/manuscript.yaml")
(cd "$sample" && python3 ../../scripts/markdown-to-html.py "Kenniscafés" nl $chapters) > "$work/kenniscafes.html"
soffice_convert "docx:MS Word 2007 XML" "$work" "$work/kenniscafes.html" "HTML (StarWriter)"
fix_package "$work/kenniscafes.docx" "Kenniscafés" nl 2019-12
cp "$work/kenniscafes.docx" "$word/kenniscafes.docx"
{
  echo "# The sample magazine written in Word: the same text as samples/kenniscafes, made from it by"
  echo "# scripts/make-word-fixtures.sh. Its text edition equals the Markdown sample's."
  sed '/^chapters:/,$d' "$sample/manuscript.yaml"
  echo "chapters:"
  echo "  - kenniscafes.docx"
} > "$word/manuscript.yaml"

# The feature fixtures.
fixtures=tests/docx/fixtures
python3 scripts/markdown-to-html.py "Functies" nl "$fixtures/features.md" > "$work/features.html"
soffice_convert "docx:MS Word 2007 XML" "$work" "$work/features.html" "HTML (StarWriter)"
fix_package "$work/features.docx" "Functies" nl 2019-12
cp "$work/features.docx" "$fixtures/features.docx"
to_flat_opc "$fixtures/features.docx" "$fixtures/features-flat.xml"
soffice_convert "xml:MS Word 2003 XML" "$work/2003" "$fixtures/features.docx"
cp "$work/2003/features.xml" "$fixtures/features-2003.xml"
cp "$fixtures/features.docx" "$fixtures/features-nl.docx"
fix_package "$fixtures/features-nl.docx" "Functies" nl 2019-12 dutch

soffice_convert "docx:MS Word 2007 XML" "$work" "$fixtures/revisions.fodt"
fix_package "$work/revisions.docx" "Revisies" nl ""
cp "$work/revisions.docx" "$fixtures/revisions.docx"
echo "made $word/kenniscafes.docx and the fixtures in $fixtures"
