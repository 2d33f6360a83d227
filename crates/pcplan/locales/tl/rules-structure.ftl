## Structure and completeness findings (rules S1–S17): one message per problem, each with a `.help`
## attribute saying how to fix it. Written for the care coordinator, in plain words.
## Messages never include values from the plan; arguments are limits, counts and field names.

## S1
s1-family-name-missing = Wala ang apelyido ng tao.
    .help = Ilagay ang apelyido gaya ng nakasulat sa benefits card ng tao.
s1-given-name-missing = Wala ang pangalan ng tao.
    .help = Ilagay ang kahit isang pangalan gaya ng nakasulat sa benefits card ng tao.
s1-identifier-missing = Walang numero ng pagkakakilanlan ang tao sa plano.
    .help = Idagdag ang Medi-Cal Client Index Number (CIN) o Medicaid number ng tao.
s1-identifier-empty = Walang laman ang numero ng pagkakakilanlang ito.
    .help = Ilagay ang numero, o alisin ang entry na ito.

## S2
s2-end-before-start = Nagtatapos ang plano bago ito magsimula.
    .help = Tingnan ang dalawang petsa. Dapat ang petsa ng pagtatapos ay kapareho o pagkatapos ng petsa ng pagsisimula.

## S3
s3-no-goals = Walang layunin ang plano.
    .help = Itanong sa tao kung ano ang gusto niya sa kanyang buhay. Isulat ang bawat layunin, sa sarili niyang salita kung kaya.
s3-goal-text-missing = Walang nakasulat sa layuning ito.
    .help = Isulat ang layunin sa simpleng salita, o alisin ito.

## S4
s4-no-strength = Hindi sinasabi ng plano kung saan magaling ang tao.
    .help = Itanong sa tao, at sa mga taong kilalang-kilala siya, kung ano ang mahusay niyang nagagawa at ano ang gusto ng mga tao sa kanya. Idagdag ito sa mga kalakasan.
s4-no-preference = Hindi sinasabi ng plano kung ano ang gusto o nais ng tao.
    .help = Itanong sa tao kung ano ang gusto niya, ano ang ayaw niya, at paano niya gustong gawin ang mga bagay. Idagdag ito sa mga kagustuhan.

## S5
s5-no-needs = Walang nasuring pangangailangan ang plano.
    .help = Idagdag ang bawat pangangailangang nakita sa assessment, sa simpleng salita, at sabihin kung saang assessment ito galing.
s5-need-text-missing = Walang nakasulat sa pangangailangang ito.
    .help = Isulat ang pangangailangan sa simpleng salita, o alisin ito.

## S6
s6-name-missing = Walang pangalan ang bayad na serbisyong ito.
    .help = Isulat ang pangalan ng serbisyo, gaya ng nasa service authorization.
s6-provider-missing = Hindi sinasabi ng bayad na serbisyong ito kung sino ang nagbibigay nito.
    .help = Isulat ang pangalan ng ahensya o manggagawa na nagbibigay ng serbisyo.
s6-quantity-missing = Hindi sinasabi ng bayad na serbisyong ito kung gaano karami ang natatanggap ng tao.
    .help = Isulat kung ilang yunit ang natatanggap ng tao, halimbawa 20.
s6-quantity-not-positive = Dapat higit sa zero ang dami ng bayad na serbisyong ito.
    .help = Isulat kung ilang yunit ang natatanggap ng tao. Ikumpara ang numero sa service authorization.
s6-unit-missing = Walang yunit ang bayad na serbisyong ito.
    .help = Piliin ang yunit na binibilang, halimbawa oras, pagbisita o biyahe.
s6-interval-missing = Hindi sinasabi ng bayad na serbisyong ito kung gaano kadalas ito nangyayari.
    .help = Piliin kung gaano kadalas: bawat araw, linggo, buwan o taon, isang beses, o kapag kailangan.
s6-start-missing = Walang petsa ng pagsisimula ang bayad na serbisyong ito.
    .help = Isulat ang unang araw ng serbisyo, mula sa service authorization.

## S7
s7-start-before-plan = Nagsisimula ang suportang ito bago magsimula ang plano.
    .help = Tingnan ang petsa. Puwedeng magsimula ang suporta sa unang araw ng plano o pagkatapos.
s7-start-after-plan = Nagsisimula ang suportang ito pagkatapos matapos ang plano.
    .help = Tingnan ang petsa. Kung mas huli magsisimula ang suporta, ilagay ito sa susunod na plano.
s7-end-before-start = Nagtatapos ang suportang ito bago ito magsimula.
    .help = Tingnan ang dalawang petsa. Dapat ang petsa ng pagtatapos ay kapareho o pagkatapos ng petsa ng pagsisimula.
s7-end-after-plan = Nagtatapos ang suportang ito pagkatapos matapos ang plano.
    .help = Tapusin ang suporta sa huling araw ng plano o mas maaga. Kung magpapatuloy ito, ilipat ito sa susunod na plano.
s7-end-before-plan = Nagtatapos ang suportang ito bago magsimula ang plano.
    .help = Tingnan ang petsa. Kung tapos na ang suporta, alisin ito sa planong ito.

## S8
s8-no-link = Hindi nakaugnay ang suportang ito sa anumang layunin o pangangailangan.
    .help = Iugnay ang mga layuning tinutulungan ng suportang ito, o ang mga pangangailangang tinutugunan nito. Kung wala itong natutulungan sa plano, itanong kung kailangan pa ito.
s8-goal-not-found = Nakaugnay ang suportang ito sa layuning wala sa plano.
    .help = Iugnay sa layuning nasa plano, o alisin ang pag-uugnay.
s8-need-not-found = Nakaugnay ang suportang ito sa pangangailangang wala sa plano.
    .help = Iugnay sa pangangailangang nasa plano, o alisin ang pag-uugnay.

## S9
s9-goal-without-step-or-support = Walang hakbang at walang suporta ang layuning ito.
    .help = Kasama ang tao, isulat ang unang hakbang at kung sino ang gagawa nito, o iugnay ang suportang tumutulong sa layuning ito.

## S10
s10-no-natural-support = Walang suportang hindi bayad sa plano, gaya ng pamilya o mga kaibigan.
    .help = Itanong sa tao kung sino ang tumutulong sa kanya nang walang bayad, at idagdag sila. Kung wala, markahan na walang nahanap.

## S11
s11-provider-missing = Hindi sinasabi ng suportang hindi bayad na ito kung sino ang nagbibigay nito.
    .help = Isulat ang pangalan ng taong tumutulong, at kung paano niya kilala ang tao.
s11-relationship-missing = Hindi sinasabi ng suportang hindi bayad na ito kung paano kilala ng tumutulong ang tao.
    .help = Isulat kung ano ang kanilang kaugnayan, sa salita ng tao, halimbawa kapatid na babae, kapitbahay o kaibigan sa simbahan.

## S12
s12-mitigation-missing = Walang plano para bawasan ang panganib na ito.
    .help = Isulat kung ano ang gagawin ng tao at ng team para hindi gaanong mangyari ang panganib o hindi gaanong makasama.
s12-backup-plan-missing = Walang planong pang-emergency ang plano.
    .help = Isulat kung sino ang tatawagan, at sa anong pagkakasunod-sunod, kapag hindi dumating ang isang tumutulong o may emergency.
s12-backup-plan-missing-critical = Walang planong pang-emergency ang plano, at may mga serbisyo rito na mahalaga sa kalusugan o kaligtasan ng tao.
    .help = Isulat kung sino ang tatawagan, at sa anong pagkakasunod-sunod, kapag hindi dumating ang isang mahalagang serbisyo. Dapat itong gawin bago tapusin ang plano.

## S13
s13-setting-choice-missing = Hindi sinasabi ng plano kung paano pinili ng tao ang kanyang tirahan.
    .help = Isulat kung saan nakatira ang tao, na siya ang pumili nito, at ang ibang lugar na kanyang pinag-isipan.
s13-setting-not-chosen = Hindi ipinapakita ng plano na ang tao ang pumili ng kanyang tirahan.
    .help = Kausapin ang tao tungkol sa kung saan niya gustong tumira. Itala ang kanyang pinili.
s13-no-alternatives = Hindi nakalista sa plano ang ibang lugar na pinag-isipang tirhan ng tao.
    .help = Isulat ang ibang lugar na tiningnan o pinag-usapan ng tao, kasama ang mga lugar na hindi lang para sa mga taong may kapansanan.
s13-service-choice-missing = Hindi sinasabi ng plano kung nakapili ang tao ng mga serbisyo at provider.
    .help = Itala na inalok sa tao ang pagpili ng mga serbisyo at ng mga provider, at kung ano ang kanyang pinili.
s13-services-not-offered = Hindi inalok sa tao ang pagpili ng mga serbisyo, at hindi sinasabi ng plano kung bakit.
    .help = Alukin ang tao na pumili ng mga serbisyo. Kung walang mapagpipilian, isulat ang dahilan.
s13-providers-not-offered = Hindi inalok sa tao ang pagpili ng mga provider, at hindi sinasabi ng plano kung bakit.
    .help = Alukin ang tao na pumili ng mga provider. Kung walang mapagpipilian, halimbawa iisa lang ang provider sa lugar, isulat ang dahilan.

## S14
s14-no-plan-monitor = Hindi pinangangalanan ng plano kung sino ang sumusubaybay na natutupad ito.
    .help = Pangalanan ang tagapag-ugnay ng pangangalaga (care coordinator) na susubaybay sa plano, kasama ang kanyang numero ng telepono.

## S15
s15-right-missing = Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung aling karapatan ang nililimitahan.
    .help = Isulat kung aling karapatan ang nililimitahan, halimbawa ang pagkakaroon ng susi o pagkain anumang oras.
s15-item-missing = { $item ->
        [assessedNeed] Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung para sa aling nasuring pangangailangan ito.
        [priorInterventions] Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung anong mga positibong suporta ang unang ginamit.
        [lessIntrusiveMethods] Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung anong mas banayad na paraan ang unang sinubukan.
        [conditionDescription] Hindi inilalarawan ng limitasyong ito sa mga karapatan ng tao kung ano ang limitasyon.
        [dataCollection] Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung paano kokolektahin at susuriin ang datos.
        [reviewTimeLimits] Hindi sinasabi ng limitasyong ito sa mga karapatan ng tao kung kailan ito susuriin.
        [informedConsent] Hindi ipinapakita ng limitasyong ito sa mga karapatan ng tao ang kanyang may-kaalamang pahintulot.
        [noHarmAssurance] Hindi nangangako ang limitasyong ito sa mga karapatan ng tao na hindi ito magdudulot ng pinsala.
       *[other] May kulang na kailangang bahagi ang limitasyong ito sa mga karapatan ng tao.
    }
    .help = Punan ang bahaging ito kasama ang tao at ang team. Puwede lang ilagay sa plano ang limitasyon sa karapatan kapag nakasulat na ang lahat ng walong bahagi.

## S16
s16-ecm-section-missing = Walang seksyon para sa Pinahusay na Pamamahala ng Pangangalaga (ECM) ang plano.
    .help = Idagdag ang seksyon ng ECM kasama ang Lead Care Manager at ang mga larangan ng pangangalaga na saklaw ng plano.
s16-domain-missing = { $domain ->
        [physical] Hindi saklaw ng plano sa pangangalaga ang pisikal na kalusugan.
        [behavioral] Hindi saklaw ng plano sa pangangalaga ang kalusugan ng pag-uugali.
        [substance-use] Hindi saklaw ng plano sa pangangalaga ang paggamit ng alak at droga.
        [ltss] Hindi saklaw ng plano sa pangangalaga ang mga pangmatagalang serbisyo at suporta (LTSS).
        [oral] Hindi saklaw ng plano sa pangangalaga ang kalusugan ng bibig.
        [palliative] Hindi saklaw ng plano sa pangangalaga ang palliative care (pangangalagang pampaginhawa).
        [social-needs] Hindi saklaw ng plano sa pangangalaga ang mga pangangailangang panlipunan, gaya ng pagkain at pabahay.
       *[other] Hindi saklaw ng plano sa pangangalaga ang isang larangan ng pangangalaga.
    }
    .help = Kausapin ang miyembro tungkol sa larangang ito. Idagdag ang anumang pangangailangan, layunin o suporta, at ilista ang larangan bilang saklaw.

## S17
s17-housing-plan-missing = Walang Plano sa Suporta sa Pabahay ang plano.
    .help = Sumulat ng Plano sa Suporta sa Pabahay kasama ang tao: kung ano ang nagpapahirap sa pabahay, at mga panandalian at pangmatagalang layunin.
s17-no-barriers = Hindi nakalista sa Plano sa Suporta sa Pabahay kung ano ang nagpapahirap sa pabahay para sa tao.
    .help = Isulat ang mga hadlang sa paghahanap o pagpapanatili ng tirahan, halimbawa walang ID o dating napaalis sa tirahan.
s17-no-short-term-goal = Walang panandaliang layunin ang Plano sa Suporta sa Pabahay.
    .help = Isulat ang isang layunin sa pabahay para sa susunod na ilang linggo, at kung paano mo ito susukatin.
s17-no-long-term-goal = Walang pangmatagalang layunin ang Plano sa Suporta sa Pabahay.
    .help = Isulat ang isang layunin sa pabahay para sa susunod na taon, at kung paano mo ito susukatin.
s17-goal-text-missing = Walang nakasulat sa layuning ito sa pabahay.
    .help = Isulat ang layunin sa simpleng salita, o alisin ito.
