## Findings of the process and consent rules (P1–P8) and the review rules (R1–R3).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits and counts.

## P1
p1-person-signature-missing = May bisa na ang plano, pero hindi pa ito nilalagdaan ng tao.
    .help = Hilingin sa tao na lagdaan ang plano at isulat ang petsa. Puwedeng lumagda para sa kanya ang legal na kinatawan. Kung hindi makalagda ang tao, isulat kung bakit.
p1-person-signature-undated = Walang petsa ang lagda ng tao.
    .help = Isulat ang petsa kung kailan nilagdaan ng tao (o ng kanyang kinatawan) ang plano.
p1-unable-to-sign-reason-missing = Sinasabi ng plano na hindi nakalagda ang tao, pero hindi sinasabi kung bakit.
    .help = Isulat kung bakit hindi nakalagda ang tao, at kung sino ang nakasaksi.
p1-provider-signature-missing = Wala pang provider na lumagda sa plano.
    .help = Hilingin sa bawat provider na gumagawa ng bahagi ng plano na lagdaan ito, at isulat ang petsa.
p1-provider-signature-undated = Walang petsa ang lagda ng provider.
    .help = Isulat ang petsa kung kailan nilagdaan ng provider ang plano.

## P2
p2-signature-in-future = Nasa hinaharap ang petsa ng lagdang ito.
    .help = Tingnan ang petsa sa pahinang may lagda at itama ito.
p2-signature-before-meeting = Mas maaga ang petsa ng lagdang ito kaysa sa huling pulong sa pagpaplano.
    .help = Tingnan ang petsa. Kung tama ito, hilingin sa lumagda na basahin ang plano mula sa huling pulong at lumagda ulit.

## P3
p3-content-changed-after-signing = Nagbago ang plano pagkatapos itong lagdaan ng taong ito.
    .help = Suriin ang mga pagbabago kasama ang tao at ang lahat ng lumagda, at hilingin sa kanila na lumagda ulit. Kung pagkakamali ang pagbabago, ibalik ito.

## P4
p4-conflict-without-exception = May conflict of interest ang tagaplano sa isang provider, at walang nakasulat na eksepsiyon.
    .help = Isulat ang inaprubahang eksepsiyon at kung paano pinoprotektahan ang tao. Kung wala, ipasulat ang plano sa ibang tagaplano.

## P5
p5-no-copy-to-person = Hindi ipinapakita ng plano na nakatanggap ng kopya ang tao.
    .help = Bigyan ang tao ng kopya ng kanyang plano, sa kanyang wika at format, at isulat kung kailan.
p5-not-offered-for-review = Hindi inalok sa tao ang kanyang kopya para suriin at baguhin.
    .help = Alukin ang tao ng kopya na mababasa at mababago niya, at isulat na ginawa mo ito.
p5-no-copy-to-representative = Hindi pa nabibigyan ng kopya ng plano ang kinatawang ito.
    .help = Kung pumayag ang tao, bigyan ng kopya ang kanyang kinatawan at isulat ito.
p5-no-copy-to-provider = Hindi pa nabibigyan ng kopya ng plano ang provider na ito.
    .help = Kung pumayag ang tao, bigyan ng kopya ang bawat provider na gumagawa ng plano at isulat ito.

## P6
p6-copy-not-in-written-language = Wala sa wikang binabasa ng tao ang kanyang kopya.
    .help = Bigyan ang tao ng kopya sa wikang gusto niyang basahin. Kung pumili siya ng ibang wika, isulat iyon.
p6-copy-not-in-requested-format = Wala sa format na hiniling ng tao ang kanyang kopya.
    .help = Bigyan ang tao ng kopya sa malalaking letra, audio, braille o sa format na hiniling niya. Kung pumili siya ng ibang format, isulat iyon.
p6-text-not-in-written-language = Wala sa wikang binabasa ng tao ang tekstong ito.
    .help = Hilingin sa isang kwalipikadong tagasalin na magdagdag ng salin sa wika ng tao.

## P7
p7-time-place-not-chosen = Hindi ipinapakita ng plano na ang tao ang pumili ng oras at lugar ng pulong.
    .help = Itanong sa tao kung kailan at saan niya gusto ang kanyang pulong, at isulat na siya ang pumili.
p7-attendee-not-invited = May dumalo sa pulong na hindi inimbitahan ng tao.
    .help = Itanong sa tao kung sino ang gusto niya sa kanyang mga pulong. Kung may legal na awtoridad ang taong ito, gaya ng guardian, isulat iyon.

## P8
p8-interpreter-not-qualified = Hindi nakamarkang kwalipikado ang interpreter sa pulong.
    .help = Gumamit ng kwalipikadong interpreter sa susunod na pulong, at isulat ito.
p8-interpreter-minor = Isang bata ang nag-interpret sa pulong.
    .help = Huwag hilingin sa isang bata na mag-interpret. Gumamit ng kwalipikadong adult na interpreter sa susunod na pulong.

## R1
r1-next-review-missing = Walang petsa ang plano para sa susunod na pagrepaso.
    .help = Magtakda ng petsa para sa susunod na pagrepaso, hindi lalampas ng 12 buwan pagkatapos ng huli.
r1-next-review-too-late = Ang susunod na pagrepaso ay mahigit { $months } buwan pagkatapos ng huli.
    .help = Ilipat ang susunod na pagrepaso para hindi ito lumampas ng { $months } buwan pagkatapos ng huli.
r1-review-overdue = Lampas na sa takdang petsa ang pagrepaso.
    .help = Gawin agad ang pagrepaso kasama ang tao, at isulat ang mga bagong petsa ng pagrepaso.

## R2
r2-no-review-after-change = May malaking nagbago sa buhay ng tao, at hindi pa nirerepaso ang plano mula noon.
    .help = Kausapin ang tao tungkol sa pagbabago at repasuhin ninyo nang magkasama ang plano. Pagkatapos, isulat ang rebisyon.

## R3
r3-update-request-not-answered = Humiling ang tao na baguhin ang plano, at hindi ito nabago sa loob ng { $days } araw.
    .help = Makipagkita sa tao tungkol sa gusto niyang baguhin, baguhin ninyo nang magkasama ang plano, at isulat ang rebisyon.
