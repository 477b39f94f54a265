#!/usr/bin/env bash
# Re-saves some corpus files through LibreOffice Calc, as a coordinator who opens and saves them there would,
# into this folder (committed: CI has no LibreOffice). corpus.test.ts checks that each re-save still holds the
# cells of the file it came from, so rerun this after changing those layouts:
#   npx vitest run test/corpus/management-response   # writes test-output/corpus-mr/
#   test/corpus/management-response/libreoffice/resave.sh test-output/corpus-mr
set -euo pipefail
src="${1:?usage: resave.sh DIR_WITH_GENERATED_FILES}"
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for name in undp-erc-en wfp-en un-habitat-en; do
  soffice --headless --norestore -env:UserInstallation="file://$tmp/profile" \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/out" "$src/$name.xlsx" >/dev/null
  mv "$tmp/out/$name.xlsx" "$here/$name.lo.xlsx"
  echo "libreoffice/$name.lo.xlsx"
done
