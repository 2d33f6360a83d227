## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = Pinili ng tao na huwag ibahagi ang plano sa tatanggap na ito, pero may naibigay na kopya.
    .help = Sabihan ang tao. Hilingin sa tatanggap na ibalik o sirain ang kopya, at sundin ang pamamaraan sa privacy ng ahensya.
p9-copy-not-entitled = Naibigay sa tatanggap na ito ang buong plano, pati mga bahaging hindi niya dapat makita.
    .help = Ibigay ang kopyang ginawa para sa kanya. Sabihan ang tao at sundin ang pamamaraan sa privacy.
