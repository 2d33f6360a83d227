## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = 本人はこの受取人に計画を共有しないと決めましたが、写しが渡されました。
    .help = 本人に伝えてください。受取人に写しの返却または破棄を求め、機関のプライバシー手順に従ってください。
p9-copy-not-entitled = この受取人に、見てはいけない部分を含む計画全体が渡されました。
    .help = その受取人用に作った写しを渡してください。本人に伝え、プライバシー手順に従ってください。
