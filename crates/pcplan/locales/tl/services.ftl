## Mga natuklasan sa paniningil (SV1–SV7): mga rekord ng serbisyo laban sa mga tuntunin ng paniningil at awtorisasyon.
## May `.help` ang bawat mensahe na nagsasabi kung paano ito ayusin. Mga bilang lamang ang argumento, hindi kailanman datos ng rekord.

services-unknown-support = Tumutukoy ang rekord na ito sa isang suporta na walang tuntunin sa paniningil, kaya hindi ito sinisingil.
    .help = Idagdag ang mga tuntunin sa paniningil ng suporta (code ng pamamaraan, yunit ng serbisyo, rate), o itama ang id ng suporta sa rekord.
services-outside-billing-period = Ibinigay ang serbisyong ito sa labas ng panahon ng paniningil, kaya wala ito sa claim na ito.
    .help = Singilin ito kasama ng panahong ibinigay ito.
services-outside-authorization = Nasa labas ng mga petsa ng awtorisasyon ang serbisyong ito, kaya hindi ito sinisingil.
    .help = Hilingin sa health plan na palawigin o i-renew ang awtorisasyon, o itama ang petsa ng rekord.
services-units-capped = { $billed } lamang sa { $requested } yunit ang sinigil: { $authorized } yunit lahat ang pinapayagan ng awtorisasyon.
    .help = Humingi ng dagdag na yunit sa health plan, o singilin ang natitira kung pumayag lamang ang plan na magbayad nang lampas sa awtorisasyon.
services-units-above-authorization = { $over } yunit ang sinisingil nang lampas sa { $authorized } awtorisadong yunit.
    .help = Tiyakin muna sa health plan bago ipadala ang claim: kadalasang tinatanggihan ang mga yunit na lampas sa awtorisasyon.
services-missing-minutes = Walang minuto o yunit ang rekord na ito ng serbisyong binibilang sa oras, kaya hindi ito sinisingil.
    .help = Isulat kung ilang minuto ang itinagal ng serbisyo.
services-below-one-unit = Hindi umaabot sa kahit isang masisingil na yunit ang mga minuto ng araw na iyon.
    .help = Kung tama ang rekord, walang kailangang ayusin: ayon sa tuntunin ng pag-round, hindi sinisingil ang maikling kontak.
