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

## Mga natuklasan sa pagsubaybay (SM1–SM6): ang naibigay laban sa sinasabi ng plano. Mga bilang ang argumento.

monitor-not-in-plan = Tumutukoy ang rekord na ito sa isang suporta na wala sa plano.
    .help = Itama ang id ng suporta sa rekord, o idagdag ang serbisyo sa plano kasama ang tao bago ito ibigay.
monitor-outside-support-dates = Ibinigay ang serbisyong ito sa labas ng mga petsa ng suporta sa plano.
    .help = Itama ang petsa ng rekord, o i-update kasama ang tao ang mga petsa ng suporta sa plano.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = { $percent }% lamang ng sinasabi ng plano ang naibigay sa panahong ito.
    .help = Tanungin ang tao at ang provider kung ano ang naging hadlang, at humanap ng paraan para makahabol o baguhin ang plano kasama ang tao.
monitor-above-plan = { $percent }% ng sinasabi ng plano ang naibigay sa panahong ito.
    .help = Tiyaking tama ang mga rekord; kung kailangan pa ng tao, i-update ang plano (at ang awtorisasyon) kasama siya.
monitor-missing-authorization = Ibinigay ang mga serbisyo sa ilalim ng code na binabayaran lamang ng health plan kapag may awtorisasyon, at walang awtorisasyon ang suporta.
    .help = Humingi ng awtorisasyon sa health plan at itala ang numero nito sa suporta; hanggang doon, hindi babayaran ang mga serbisyong ito.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = { $missed } magkakasunod na nakaiskedyul na pagkakataon ang lumipas nang wala ang serbisyong ito ({ $scheduled } sa panahong ito).
    .help = Kontakin ang tao at ang provider: ang mahabang puwang ay maaaring mangahulugan na huminto na ang serbisyo nang walang nakapansin.

## "Kumusta ang aking mga serbisyo": dokumento para sa tao tungkol sa natanggap niya, katabi ng sinasabi ng kanyang plano.

# The document's title. $name: the person's name.
services-title = Kumusta ang aking mga serbisyo: { $name }
services-heading = Kumusta ang aking mga serbisyo
# $from and $to: the first and last day of the period, already formatted.
services-intro = Ipinapakita ng pahinang ito ang natanggap ko mula sa aking mga serbisyo mula { $from } hanggang { $to }, katabi ng sinasabi ng aking plano.
services-plan-says = Sabi ng aking plano:
services-i-got = Ang natanggap ko:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count } beses
services-none-delivered = Walang naitala para sa panahong ito.
services-last = Huling beses:
services-as-planned = Halos katumbas ito ng sinasabi ng aking plano.
services-below = Mas kaunti ito kaysa sa sinasabi ng aking plano.
services-above = Mas marami ito kaysa sa sinasabi ng aking plano.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } beses nang magkakasunod, hindi ito dumating kung kailan ito dapat dumating ayon sa aking plano.
services-none = Walang serbisyong naitala para sa panahong ito.
services-talk = Kung may hindi tama, puwede akong makipag-usap sa aking tagapag-ugnay ng pangangalaga (care coordinator). Puwede akong humiling na baguhin ang aking plano anumang oras.

## Ang talaan ng paggamit para sa staff: isang hilera bawat suporta sa buong panahon.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = Mga serbisyo mula { $from } hanggang { $to }
utilization-col-support = Suporta
utilization-col-planned = Nakaplano
utilization-col-delivered = Naibigay
utilization-col-services = Bilang ng serbisyo
utilization-col-authorization = Awtorisasyon
utilization-col-used = Nagamit na yunit
utilization-col-remaining = Natitirang yunit
utilization-col-missed = Pinakamahabang puwang
utilization-not-tracked = wala sa mga rekord na ito
utilization-findings = Mga natuklasan
