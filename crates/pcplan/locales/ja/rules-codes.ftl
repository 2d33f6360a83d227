## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = このサービスコードは、そのコード体系のコードセットにありません。
    .help = 健康保険プランの承認書でコードを確認してください。プランがこのコードを使う場合は、機関のコードセットファイルに追加してください。
s18-modifiers-not-listed = これらの修飾子は、このサービスコードの登録された組み合わせではありません。
    .help = 承認書から修飾子を順番どおりに写してください。
s18-unit-not-listed = このサービスコードは、このサービス単位では数えません。
    .help = 次のいずれかの単位を使ってください: { $units }。
