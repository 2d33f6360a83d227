## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = 本人选择不与此接收人分享计划，但仍给了副本。
    .help = 告知本人。请接收人归还或销毁副本，并按机构的隐私程序处理。
p9-copy-not-entitled = 此接收人拿到了整份计划，包括其无权查看的部分。
    .help = 请给其专门制作的副本。告知本人，并按隐私程序处理。
