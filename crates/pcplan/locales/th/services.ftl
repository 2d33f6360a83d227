## ผลการเรียกเก็บเงิน (SV1–SV7): บันทึกบริการเทียบกับเงื่อนไขการเรียกเก็บเงินและการอนุมัติ
## แต่ละข้อความมีแอตทริบิวต์ `.help` บอกวิธีแก้ไข อาร์กิวเมนต์เป็นจำนวนเท่านั้น ไม่ใช่ข้อมูลในบันทึก

services-unknown-support = บันทึกนี้ระบุการสนับสนุนที่ไม่มีเงื่อนไขการเรียกเก็บเงิน จึงไม่ได้เรียกเก็บเงิน
    .help = เพิ่มเงื่อนไขการเรียกเก็บเงินของการสนับสนุน (รหัสหัตถการ หน่วยบริการ อัตรา) หรือแก้ไข id ของการสนับสนุนในบันทึก
services-outside-billing-period = บริการนี้ให้นอกช่วงเรียกเก็บเงิน จึงไม่อยู่ในคำขอเบิกนี้
    .help = เรียกเก็บเงินพร้อมกับช่วงที่ให้บริการ
services-outside-authorization = บริการนี้อยู่นอกวันที่ของการอนุมัติ จึงไม่ได้เรียกเก็บเงิน
    .help = ขอให้แผนสุขภาพขยายหรือต่ออายุการอนุมัติ หรือแก้ไขวันที่ในบันทึก
services-units-capped = เรียกเก็บเพียง { $billed } จาก { $requested } หน่วย: การอนุมัติอนุญาตทั้งหมด { $authorized } หน่วย
    .help = ขอหน่วยเพิ่มจากแผนสุขภาพ หรือเรียกเก็บส่วนที่เหลือเฉพาะเมื่อแผนตกลงจ่ายเกินการอนุมัติ
services-units-above-authorization = เรียกเก็บ { $over } หน่วยเกินกว่า { $authorized } หน่วยที่อนุมัติ
    .help = ตรวจสอบกับแผนสุขภาพก่อนส่งคำขอเบิก: หน่วยที่เกินการอนุมัติมักถูกปฏิเสธ
services-missing-minutes = บันทึกของบริการที่คิดตามเวลานี้ไม่มีทั้งนาทีและหน่วย จึงไม่ได้เรียกเก็บเงิน
    .help = ระบุว่าบริการใช้เวลากี่นาที
services-below-one-unit = นาทีของวันนั้นไม่ถึงหน่วยที่เรียกเก็บได้
    .help = หากบันทึกถูกต้อง ไม่ต้องแก้ไขอะไร: ตามกฎการปัดเศษ การติดต่อสั้น ๆ ไม่ถูกเรียกเก็บเงิน

## ผลการติดตาม (SM1–SM6): บริการที่ให้จริงเทียบกับที่แผนระบุ อาร์กิวเมนต์เป็นจำนวน

monitor-not-in-plan = บันทึกนี้ระบุการสนับสนุนที่ไม่อยู่ในแผน
    .help = แก้ไข id ของการสนับสนุนในบันทึก หรือเพิ่มบริการนี้ลงในแผนร่วมกับบุคคลนี้ก่อนให้บริการ
monitor-outside-support-dates = บริการนี้ให้นอกวันที่ของการสนับสนุนในแผน
    .help = แก้ไขวันที่ในบันทึก หรือปรับปรุงวันที่ของการสนับสนุนในแผนร่วมกับบุคคลนี้
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = ในช่วงนี้ให้บริการได้เพียง { $percent }% ของที่แผนระบุ
    .help = สอบถามบุคคลนี้และผู้ให้บริการว่ามีอะไรเป็นอุปสรรค แล้วหาทางชดเชยส่วนที่ขาด หรือเปลี่ยนแผนร่วมกับบุคคลนี้
monitor-above-plan = ในช่วงนี้ให้บริการไป { $percent }% ของที่แผนระบุ
    .help = ตรวจสอบว่าบันทึกถูกต้อง หากบุคคลนี้ต้องการมากขึ้น ให้ปรับปรุงแผน (และการอนุมัติ) ร่วมกับเขา
monitor-missing-authorization = มีการให้บริการภายใต้รหัสที่แผนสุขภาพจ่ายเฉพาะเมื่อมีการอนุมัติ แต่การสนับสนุนนี้ไม่มีการอนุมัติ
    .help = ขอการอนุมัติจากแผนสุขภาพและบันทึกเลขที่การอนุมัติไว้ในการสนับสนุน จนกว่าจะได้รับ บริการเหล่านี้จะไม่ได้รับการจ่ายเงิน
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = ผ่านไป { $missed } ครั้งตามกำหนดติดต่อกันโดยไม่มีบริการนี้ (ในช่วงนี้มีกำหนด { $scheduled } ครั้ง)
    .help = ติดต่อบุคคลนี้และผู้ให้บริการ: การขาดช่วงนาน ๆ อาจหมายความว่าบริการหยุดไปแล้วโดยไม่มีใครสังเกต

## "บริการของฉันเป็นไปอย่างไร": เอกสารสำหรับบุคคลนี้ เกี่ยวกับสิ่งที่ได้รับ เทียบกับที่แผนระบุ

# The document's title. $name: the person's name.
services-title = บริการของฉันเป็นไปอย่างไร: { $name }
services-heading = บริการของฉันเป็นไปอย่างไร
# $from and $to: the first and last day of the period, already formatted.
services-intro = หน้านี้แสดงสิ่งที่ฉันได้รับจากบริการของฉันตั้งแต่ { $from } ถึง { $to } เทียบกับที่แผนของฉันระบุ
services-plan-says = แผนของฉันระบุว่า:
services-i-got = สิ่งที่ฉันได้รับ:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount } ({ $count } ครั้ง)
services-none-delivered = ไม่มีการบันทึกสำหรับช่วงนี้
services-last = ครั้งล่าสุด:
services-as-planned = ใกล้เคียงกับที่แผนของฉันระบุ
services-below = น้อยกว่าที่แผนของฉันระบุ
services-above = มากกว่าที่แผนของฉันระบุ
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } ครั้งติดต่อกัน ที่บริการไม่มาตามเวลาที่แผนของฉันระบุ
services-none = ไม่มีบริการที่บันทึกไว้สำหรับช่วงนี้
services-talk = ถ้ามีอะไรไม่ถูกต้อง ฉันคุยกับผู้ประสานงานการดูแลของฉันได้ ฉันขอเปลี่ยนแผนของฉันได้ทุกเมื่อ

## ตารางการใช้บริการสำหรับเจ้าหน้าที่: หนึ่งแถวต่อการสนับสนุนหนึ่งรายการในช่วงนี้

# $from and $to: the first and last day of the period, already formatted.
utilization-title = บริการตั้งแต่ { $from } ถึง { $to }
utilization-col-support = การสนับสนุน
utilization-col-planned = ตามแผน
utilization-col-delivered = ให้บริการแล้ว
utilization-col-services = จำนวนครั้ง
utilization-col-authorization = การอนุมัติ
utilization-col-used = หน่วยที่ใช้
utilization-col-remaining = หน่วยคงเหลือ
utilization-col-missed = ขาดช่วงนานที่สุด
utilization-not-tracked = ไม่อยู่ในบันทึกเหล่านี้
utilization-findings = ผลการตรวจ
