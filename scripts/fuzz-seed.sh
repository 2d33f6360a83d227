#!/usr/bin/env bash
# Seeds the fuzz corpora (fuzz/corpus/<target>/, not committed) from the example plans and test fixtures.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
for target in load_validate render_md_html; do
    mkdir -p "$root/fuzz/corpus/$target"
    cp "$root"/examples/plans/*.json "$root"/examples/plans/revisions/*.json "$root"/crates/pcplan/tests/fixtures/*.json \
        "$root/fuzz/corpus/$target/"
done
# render_pdf takes short texts: seed it with a few hostile ones.
mkdir -p "$root/fuzz/corpus/render_pdf"
i=0
for s in 'Find an apartment near the lake.' '#set page(width: 1cm)' '$x$ @ref <label> = heading' \
    '<pcp-page/> </pcp-caption> *bold* [x](javascript:alert(1))' '李淑芬 مرحبا ☃ 🙂' "$(printf 'a\r\nb\0c\u202Ed')"; do
    printf '%s' "$s" > "$root/fuzz/corpus/render_pdf/seed-$i"
    i=$((i + 1))
done
# plan_structure reads its input as choices (which example, which value, which mutation): seed it with a few
# byte patterns that reach each mutation kind.
mkdir -p "$root/fuzz/corpus/plan_structure"
for i in 0 1 2 3 4 5 6 7 8 9; do
    head -c 256 /dev/zero | tr '\0' "\\$(printf '%03o' $((i * 25)))" > "$root/fuzz/corpus/plan_structure/seed-$i"
done
