## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = 本人選擇不與此接收人分享計畫，但仍給了副本。
    .help = 告知本人。請接收人歸還或銷毀副本，並依機構的隱私程序處理。
p9-copy-not-entitled = 此接收人拿到了整份計畫，包括其無權查看的部分。
    .help = 請給其專門製作的副本。告知本人，並依隱私程序處理。
