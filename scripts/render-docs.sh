#!/usr/bin/env bash
# Picture check of the Word and Excel documents: generates sample score sheets, reports and the
# round workbook (scripts/render-docs.ts), converts them to PDF with LibreOffice headless (the
# workbook as printed: page setup, repeated headers) and to PNG with pdftoppm, into
# artifacts/documents/ (gitignored) for a person to look at.
# Needs Debian's libreoffice-writer, libreoffice-calc, poppler-utils and fonts-noto-cjk; without
# them it says so and exits 0, so no test depends on LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
soffice_bin=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice_bin" ] || ! command -v pdftoppm >/dev/null; then
  echo "render-docs: skipped — LibreOffice (soffice) or pdftoppm not installed"
  echo "  install: apt-get install -y libreoffice-writer libreoffice-calc poppler-utils fonts-noto-cjk"
  exit 0
fi
out=artifacts/documents
mkdir -p "$out"
npx tsx scripts/render-docs.ts
# A private profile directory, so a running LibreOffice or a read-only home does not interfere.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$soffice_bin" -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out"/*.docx "$out"/*.xlsx >/dev/null
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 70 "$pdf" "${pdf%.pdf}"
done
echo "render-docs: PDFs and PNGs in $out/:"
ls "$out"
