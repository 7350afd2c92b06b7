<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>Fältbok haqida</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Centralasiengrupperna uchun internetsiz dala maʼlumotlari. GNU GPL 3-versiyasi yoki undan keyingi versiyasi ostidagi erkin dastur.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versiya:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Maʼlumotlar jildi:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Maʼlumotlar bazasi:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>parol bilan shifrlangan (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>shifrlanmagan (parol oʻrnatilmagan)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Qurilma:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Ishlash muhiti:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Ilova va uning tarkibidagi qismlar litsenziyalari:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>Yordam soʻrovi uchun &amp;nusxalash</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>&amp;Litsenziyalar jildini ochish</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Nusxalandi</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG rasm</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG rasm</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>HEIC rasm</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP rasm</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF hujjat</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word hujjat</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel jadvali</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument matni</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument jadvali</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Oddiy matn</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>hali bu noutbukda yoʻq</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Qoʻshish…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Olib tashlash</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Biriktirish uchun fayllarni shu yerga torting</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Fayllarni biriktirish</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Foto, PDF, hujjatlar va matn</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Barcha fayllar</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>“%1” hajmi %2: faqat %3 gacha boʻlgan fayllarni biriktirish mumkin.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>“%1”ni biriktirib boʻlmaydi: faqat foto (JPEG, PNG, HEIC, WebP), PDF, ofis hujjatlari va oddiy matn biriktiriladi.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>“%1”ni oʻqib boʻlmadi.</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Bu fayl hali bu noutbukka yetib kelmagan.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Bu fayl foto, PDF, ofis hujjati yoki oddiy matn emas; u ochilmaydi.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Varaq saqlandi: {path}.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Kelganini belgilash uchun kod yoki ism</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Kodning bir qismini yozing va Enterni bosing</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Ishtirokchilar roʻyxati</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Yangi ishtirokchi…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Roʻyxatda yoʻq odamni qoʻshish (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Ismlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Ishtirokchilarning ismlarini koʻrsatish (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Mashgʻulotni yakunlash</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Toʻldirilgan varaq…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Kelganlar belgilangan varaqni PDF sifatida saqlash (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Roʻyxatni import qilish…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Hamkor roʻyxatini (Excel, CSV, Kobo) shu roʻyxatga qoʻshish (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Boʻsh varaq…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Qoʻlda toʻldirish uchun boʻsh varaqni saqlash (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>Roʻyxatda “{text}”ga mos keladigan hech kim yoʻq. Ctrl+N yangi ishtirokchi qoʻshadi.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n ishtirokchi mos keldi; yana yozing yoki strelka tugmalari va Spacedan foydalaning.</numerusform>
            <numerusform>%n ishtirokchi mos keldi; yana yozing yoki strelka tugmalari va Spacedan foydalaning.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code} keldi.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code} endi kelgan deb belgilanmagan.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code} allaqachon kelgan.</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code} roʻyxatga qoʻshildi va kelgan deb belgilandi.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} avval roʻyxatga olingan edi: endi bu roʻyxatda va kelgan.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Bu mashgʻulot allaqachon yakunlangan deb belgilangan.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>“{training}” treningining {session} mashgʻuloti yakunlangan deb belgilansinmi?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Yakunlangan deb belgilash</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>{session} mashgʻuloti yakunlangan deb belgilandi. Ctrl+Z buni bekor qiladi.</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Sizning rolingiz ishtirokchilarning ismlarini koʻrsatmaydi.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Davomat varagʻi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Imzo</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Kelganlar: {present} / {total}</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>{code} kelgani belgilandi</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>{code} belgisi olib tashlandi</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>yangi ishtirokchi {code} qoʻshildi</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>{code} bu roʻyxatga qoʻshildi</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>{session} mashgʻuloti yakunlandi</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>{session} mashgʻuloti qayta ochildi</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>roʻyxat import qilindi ({code} nafar roʻyxatda)</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Bekor qilindi: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Qayta bajarildi: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>yozuv endi mavjud emas</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Amalni bekor qilib yoki qayta bajarib boʻlmadi ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Bu maʼlumotlar jildi bosh ofisdir: noutbuklar u bilan sinxronlanadi.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Jami: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Ziddiyatlar</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>Chetga olingan qiymatni &amp;tiklash</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Yutqazgan qiymatni yangi oʻzgarish sifatida yana joriy qilish (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Chetga olingan qiymatni tiklash</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>Joriy qiymatni &amp;qoldirish</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Ziddiyatni yopish va yutgan qiymatni qoldirish (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Joriy qiymatni qoldirish</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Ziddiyatlar yoʻq: har bir maydonda bitta kelishilgan qiymat bor.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>Ikki kishi sinxronlashdan oldin bir maydonni oʻzgartirgan boʻlsa, keyingi oʻzgarish saqlandi, boshqasi chetga olindi. Har birini tekshiring: chetga olingan qiymatni tiklang yoki joriysini qoldiring.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>Ikki kishi sinxronlashdan oldin bir maydonni oʻzgartirgan boʻlsa, keyingi oʻzgarish saqlandi, boshqasi chetga olindi. Chetga olingan qiymat oʻzingizning tahriringiz boʻlsa, uni tiklang yoki joriysini qoldiring; qolganlarini faqat koordinator hal qila oladi.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>Ikki kishi sinxronlashdan oldin bir maydonni oʻzgartirgan boʻlsa, keyingi oʻzgarish saqlandi, boshqasi chetga olindi. Chetga olingan qiymatni tiklash yoki ziddiyatni yopishni faqat koordinator qila oladi.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Hozir kelganlar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(yoʻq)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Sanani yozing, masalan {example}. Alt+↓ yoki F4 kalendarni ochadi.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalendar (Alt+↓)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalendar</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>“{text}” sana emas. Uni bunday yozing: {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>hammasi</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Hali paket yoʻq</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln paket</numerusform>
            <numerusform>%Ln paket</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%Ln packages)</source>
        <translation>
            <numerusform>{when} (%Ln paket)</numerusform>
            <numerusform>{when} (%Ln paket)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Noutbuk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Qamrov</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Roʻyxatdan oʻtgan</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Oxirgi paket</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Birlashtirilgan oʻzgarishlar</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Javob kutmoqda</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Server: oxirgi aloqa</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>“{name}” roʻyxatdan oʻtkazildi; uning roʻyxatdan oʻtish fayli: {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Buni faqat koordinator qila oladi.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Bosh ofis noutbuklari</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Yangi noutbuklarni roʻyxatdan oʻtkazing, ular yuborgan paketlarni qabul qiling, javob paketlarini yozing va yoʻqolgan yoki oʻgʻirlangan noutbukni bekor qiling. Paketlarni (.fbk) qabul qilish uchun shu yerga tashlang.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Noutbuklarni faqat koordinator boshqara oladi. Sozlamalarda koordinatorga oʻting.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Noutbuklarni qidirish (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Noutbuklar</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>Noutbukni &amp;roʻyxatdan oʻtkazish…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>Paketlarni &amp;qabul qilish…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Javob yuborish…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>&amp;Hammaga javob…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Bekor qilish…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Yangi noutbuk uchun roʻyxatdan oʻtish faylini yozish</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Noutbuklar yuborgan paketlarni birlashtirish va ularning kvitansiyalarini yozish</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Tanlangan noutbuk uchun javob paketini yozish</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Har bir noutbuk uchun javob paketini yozish, har biriga bitta fayl</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>Bundan buyon tanlangan noutbuk paketlarini rad etish</translation>
    </message>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Noutbuklar (%Ln)</numerusform>
            <numerusform>Noutbuklar (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Noutbuklar orasidagi ziddiyatlar (%Ln)</numerusform>
            <numerusform>Noutbuklar orasidagi ziddiyatlar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the enrolment file</source>
        <translation>Roʻyxatdan oʻtish faylini saqlash</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Roʻyxatdan oʻtish fayllari (*.enrol);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Roʻyxatdan oʻtish fayli qayerga saqlanishini tanlang.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Buni faqat koordinator qila oladi.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>Server manzili va kalit barmoq izining QR-kodi</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(yoʻq: paketlar qoʻlda olib boriladi)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Noutbukni roʻyxatdan oʻtkazish</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Bosh ofis yangi noutbuk uchun roʻyxatdan oʻtish faylini yozadi. Uni USB-fleshkada olib borib, noutbukda import qiling (Sinxronlash ▸ Import qilish). Qamrov noutbukda nima saqlanishi mumkinligini belgilaydi: all yoki country:KOD va partner:ID elementlari.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>Noutbuk &amp;nomi</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Qamrov</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>Server &amp;manzili (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Saqlash joyi</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>&amp;Roʻyxatdan oʻtkazib saqlash</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>T&amp;ayyor</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>Faylni import qilgandan keyin noutbukdagi Sinxronlash sahifasi xuddi shu server manzili va kalit barmoq izini koʻrsatadi: ularni solishtiring yoki shu kodni skanerlang.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Server manzili</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Bosh ofis kaliti</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Bir martalik maxfiy kod</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Bir martalik maxfiy kod faylda va faqat hozir koʻrsatiladi: bosh ofis uni qayta koʻrsatmaydi. Noutbuk birinchi paketini yubormaguncha faylni xavfsiz joyda saqlang.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>“{name}” uchun roʻyxatdan oʻtish fayli saqlandi: {path}.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Hisobotni eksport qilish</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (diagrammalar va jadvallar)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel fayli (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Excel uchun boshida BOM bilan</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ommaviy (5 dan kam sonlar yashirilgan)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ichki (aniq sonlar)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Auditoriya</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Something went wrong and the last action did not finish. What you typed is still there. The details are in the log file in the data folder.</source>
        <translation>Nimadir xato ketdi va oxirgi amal tugamadi. Yozganlaringiz joyida qoldi. Tafsilotlar maʼlumotlar jildidagi jurnal faylida.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Boshlanishi</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tugashi</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Loyiha</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Hamkor</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Mamlakat</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>A&amp;uditoriya</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Barcha mamlakatlar</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ommaviy (5 dan kam sonlar yashirilgan)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ichki (aniq sonlar)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Davr boshlanishidan oldin tugaydi.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Bu noutbukdagi maʼlumotlarni himoya qiling</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Ishtirokchilarni parol bilan himoya qiling</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok seminarlaringizga kelgan odamlarning ismlari va kodlarini saqlaydi. Agar bu noutbuk yoʻqolsa yoki musodara qilinsa, uni qoʻlga kiritgan kishi ular kimligini bilmasligi kerak. Parol bilan Fältbok saqlaydigan hamma narsa shifrlanadi va faqat u bilan ochiladi.

Eslab qola oladigan parol tanlang: usiz maʼlumotlarni hech kim, hatto bosh ofis ham tiklay olmaydi. Uni keyinroq Sozlamalarda ham oʻrnatish mumkin.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Parol &amp;oʻrnatish</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>Parolsiz &amp;davom etish</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok maʼlumotlar bazasini tayyorlay olmadi: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Toʻxtatib qoʻyilgan oʻzgarishlar</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>Toʻxtatib qoʻyilgan oʻzgarishlarni &amp;qoʻllash</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Toʻxtatib qoʻyilgan oʻzgarishlarni qoʻllash</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Hech narsa toʻxtatib qoʻyilmagan.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>Bu oʻzgarishlarning sanasi kelajakda, bir kundan koʻproq oldinda, demak qaysidir noutbukning soati notoʻgʻri boʻlgan. Siz ularni qoʻllamaguningizcha ular kuchga kirmaydi.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>Bu oʻzgarishlarning sanasi kelajakda, bir kundan koʻproq oldinda, demak qaysidir noutbukning soati notoʻgʻri boʻlgan. Ularni faqat koordinator qoʻllay oladi.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Period</source>
        <translation>Davr</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Natija</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Jamlangan</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Taqsimot</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Noutbukka nom bering.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>“{name}” nomli noutbuk allaqachon roʻyxatdan oʻtgan: boshqa nom tanlang.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Server manzili https://hq.example.org kabi veb-manzil emas.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Bu noutbuk hali birinchi paketini yubormagan; avval uni qabul qiling.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Qamrov notoʻgʻri: all yoki vergul bilan ajratilgan country:KOD va partner:ID elementlarini yozing, bosh ofisda bor hamkorlarni koʻrsatib.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rad etildi: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>“{name}” noutbukidan allaqachon qabul qilingan; uning kvitansiyasi qayta yozildi.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>“{name}” noutbukidan birlashtirildi: %Ln oʻzgarish.</numerusform>
            <numerusform>“{name}” noutbukidan birlashtirildi: %Ln oʻzgarish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Bogʻliq yozuvlarni kutmoqda: %Ln.</numerusform>
            <numerusform>Bogʻliq yozuvlarni kutmoqda: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>Karantinda: %Ln.</numerusform>
            <numerusform>Karantinda: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Koʻrib chiqiladigan ziddiyatlar: %Ln.</numerusform>
            <numerusform>Koʻrib chiqiladigan ziddiyatlar: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Kvitansiyani yozib boʻlmadi: uni yozish uchun faylni qayta qabul qiling.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>“{name}”: hech narsa yozilmadi. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>“{name}”: {file} faylida %Ln oʻzgarish.</numerusform>
            <numerusform>“{name}”: {file} faylida %Ln oʻzgarish.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>“{name}” bekor qilindi: bundan buyon uning paketlari rad etiladi. Avval yuborgani saqlanib qoladi.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>imzolangan soʻrov</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>paket saqlandi</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>paket birlashtirildi</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>paket rad etildi ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Tarmoqqa ulangan noutbuklar server bilan oʻzlari sinxronlanadi. Serveri yoʻq ofis serverni shu yerda ishga tushira oladi: dastur qulflangan paytda ham u ishlashda davom etadi, dastur yopilganda esa toʻxtaydi.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>&amp;Tinglash manzili</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Ishlamoqda (shu dastur ishga tushirgan)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Ishga tushmoqda…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Ishlamoqda (boshqa joyda ishga tushirilgan)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Ishlamayapti</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Oxirgi ishga tushirish muvaffaqiyatsiz: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>Serverni &amp;ishga tushirish</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>Serverni toʻ&amp;xtatish</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>&amp;Soʻnggi soʻrovlar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Noutbuk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Soʻnggi soʻrovlar</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Fältbok dasturidan chiqish</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Server ishlamoqda. Chiqsangiz, u toʻxtaydi.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>Server toʻxtab turganda noutbuklar bosh ofis bilan sinxronlana olmaydi. Ular oʻz oʻzgarishlarini saqlab qoladi va server yana ishga tushganda yuboradi.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Serverni toʻxtatib, &amp;chiqish</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Ishlayversin</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Saqlandi. Fältbok ulanish boʻlganda oʻzi shu manzil bilan sinxronlanadi.</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>Server &amp;manzili</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Bu maʼlumotlar jildi bosh ofisdir: serverning oʻzi shu</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Server manzili</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Manzilni saqlash</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Bundan buyon shu server bilan sinxronlash</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Synced just now</source>
        <translation>Hozirgina sinxronlandi</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln daqiqa oldin sinxronlandi</numerusform>
            <numerusform>%Ln daqiqa oldin sinxronlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln soat oldin sinxronlandi</numerusform>
            <numerusform>%Ln soat oldin sinxronlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln kun oldin sinxronlandi</numerusform>
            <numerusform>%Ln kun oldin sinxronlandi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>keyingi urinish %Ln soniyadan keyin</numerusform>
            <numerusform>keyingi urinish %Ln soniyadan keyin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>keyingi urinish %Ln daqiqadan keyin</numerusform>
            <numerusform>keyingi urinish %Ln daqiqadan keyin</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>bekor qilingan</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>u yerda roʻyxatdan oʻtmagan</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>imzo qabul qilinmadi (bu noutbukning sanasi va vaqtini tekshiring)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>qabul qilinmadi</translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Oʻzgarishlar bosh ofisga yuborilmoqda… {percent} %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinxronlanmoqda…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Ulanish kutilmoqda</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Bosh ofis bu noutbukni rad etdi: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Hali sinxronlanmagan</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Sinxronlash muvaffaqiyatsiz: server sertifikatiga ishonch yoʻq</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Sinxronlash muvaffaqiyatsiz: bosh ofis kutilmagan javob berdi</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Sinxronlash toʻxtadi: bu noutbuk hali roʻyxatdan oʻtmagan</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Sinxronlash toʻxtadi: bosh ofis manzili yoʻq</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinxronlash muvaffaqiyatsiz</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Bosh ofis bilan sinxronlandi: yuborish yoki olish uchun yangi narsa yoʻq.</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Bosh ofis bilan sinxronlandi.</translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Yuborilgan oʻzgarishlar: %Ln.</numerusform>
            <numerusform>Yuborilgan oʻzgarishlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Bosh ofis tasdiqlagan paketlar: %Ln.</numerusform>
            <numerusform>Bosh ofis tasdiqlagan paketlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Bosh ofisdan olingan oʻzgarishlar: %Ln.</numerusform>
            <numerusform>Bosh ofisdan olingan oʻzgarishlar: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Bosh ofis bilan bogʻlanib boʻlmadi. Fältbok oʻzi yana urinib koʻradi; oʻzgarishlaringiz shu noutbukda saqlanadi.</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Bosh ofis bilan ulanish juda sekin boʻldi va toʻxtatildi. Fältbok oʻzi yana urinib koʻradi va yuborishni toʻxtagan joyidan davom ettiradi.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Server sertifikatiga ishonch yoʻq, shuning uchun hech narsa yuborilmadi. Sozlamalarda bosh ofis manzilini tekshiring.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Bosh ofis bu noutbukni rad etdi: {reason}. Nima qilish kerakligini bosh ofisdan soʻrang; oʻzgarishlaringiz shu noutbukda saqlanadi.</translation>
    </message>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Bosh ofis Fältbokning bu versiyasi tushunmaydigan tarzda javob berdi. Ilovani yangilang yoki bosh ofisdan soʻrang.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Bosh ofis manzili kiritilmagan. Uni Sozlamalarda kiriting.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Bu noutbuk hali bosh ofisda roʻyxatdan oʻtmagan. Avval bosh ofis bergan roʻyxatdan oʻtish faylini import qiling.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sinxronlash muvaffaqiyatsiz tugadi.</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Bu Fältbok foydalana oladigan veb-manzil emas. Uni bunday yozing: https://hq.example.org (http:// faqat shu kompyuterdagi server uchun).</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>IATI eksporti</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>{0} fayliga %n ta IATI tadbiri yozildi.</numerusform>
            <numerusform>{0} fayliga %n ta IATI tadbiri yozildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Hech narsa yozilmadi: avval Sozlamalarda tashkilotning IATI identifikatorini kiriting.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Hech narsa yozilmadi: Sozlamalardagi IATI tashkilot identifikatori yoki nomi yaroqsiz.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Hech narsa yozilmadi: eʼlon qilinadigan loyihalar yoʻq.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Hech narsa yozilmadi: “{0}” loyihasi IATI faylini yaroqsiz qilib qoʻyardi ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Hech narsa yozilmadi: faylni u yerga saqlab boʻlmadi ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Hech narsa yozilmadi: IATI faylini yaratib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>&amp;IATI tashkiloti</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Identifikator, masalan SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>IATI tashkilot identifikatori</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Tashkilot nomi</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>IATI tashkilot nomi</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Tashkilotni saqlash</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Saqlandi. Endi IATI fayllarida shu tashkilot koʻrsatiladi.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Saqlanmadi: identifikator harflar, raqamlar, nuqtalar va defislardan iborat (masalan SE-ON-802005-9839), nom esa oddiy matn.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Koʻrsatkichlar bajarilishi</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Davrlar boʻyicha natijalar</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>“{name}” natijalari, davrma-davr</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Natijalar, davrma-davr</translation>
    </message>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Koʻrsatkichiga mos kelmaydigan qiymatlar (qizil bilan belgilangan): {count}. Ikki noutbukdan birlashtirilgan maydonlar yigʻindisi toʻgʻri kelmasligi mumkin; ularni “Koʻrsatkich qiymatlari” boʻlimida tuzating.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Qulflash</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Fältbokni hozir qulflash ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Parolsiz Fältbokni qulflab boʻlmaydi. Uni Sozlamalarda oʻrnating.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Bu joriy parol emas. Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Bu noutbukdagi maʼlumotlar endi shifrlangan.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Parol oʻzgartirildi.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Parol olib tashlandi: maʼlumotlar endi shifrlanmagan.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Parolni oʻzgartirib boʻlmadi: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Maʼlumotlar qayta shifrlanmoqda…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Yoʻq qilinmoqda…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Bajarilish</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Loyihalar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hamkorlar</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Treninglar va tadbirlar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Davomat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Koʻrsatkichlar</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advokatsiya</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinxronlash</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Qurilmalar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Hisobotlar</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Tahrir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Oʻtish</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yordam</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Sinxronlash paketini &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import qilish…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Hozir &amp;sinxronlash</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>I&amp;ATI eksporti…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>Fältbok &amp;haqida</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tezkor tugmalar</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Keyingi yorliq</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Oldingi yorliq</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Yangi &amp;parol</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Takrorlang</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yangi parol</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Yangi parolni takrorlang</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Kamida %n belgi</numerusform>
            <numerusform>Kamida %n belgi</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Parolni yozing.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Kamida %n belgidan foydalaning: qisqa parol tez topiladi.</numerusform>
            <numerusform>Kamida %n belgidan foydalaning: qisqa parol tez topiladi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Ikki parol farq qiladi. Bir xil parolni ikki marta yozing.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Himoyalangan jilddan tashqarida</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Bu fayl Fältbokning himoyalangan jildidan tashqariga, ochiq holda yoziladi; noutbukni qoʻlga kiritgan har kim uni oʻqiy oladi. Tezkor yoʻq qilish uni yoʻq qilmaydi.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Baribir oʻsha yerga saqlash</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>%Ln ta tahriringiz almashtirildi — koʻrib chiqing</numerusform>
            <numerusform>%Ln ta tahriringiz almashtirildi — koʻrib chiqing</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Oʻzgarishingizni koʻrmagan kishi keyinroq boshqa qiymatni saqladi, shuning uchun uniki qoldi. Oʻzingiznikini tiklash yoki unikini qoldirish uchun ziddiyatlarni koʻrib chiqishni oching ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Parol oʻrnatish</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Parolni oʻzgartirish</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Parolni olib tashlash</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Fältbok bu noutbukda saqlaydigan hamma narsa shifrlanadi va faqat shu parol bilan ochiladi. Usiz maʼlumotlarni hech kim tiklay olmaydi.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>Maʼlumotlar bazasi, uning zaxira nusxalari va bu qurilmaning kalitlari yangi parol bilan qayta shifrlanadi. Eski parol endi ishlamaydi.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Parolsiz bu noutbukni qoʻlga kiritgan har kim ishtirokchilarning ismlari va kodlarini oʻqiy oladi. Uni faqat noutbuk hech qachon xavfsiz joydan chiqmasa olib tashlang.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Joriy parol</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Joriy parol</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Parol &amp;oʻrnatish</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Parolni &amp;oʻzgartirish</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Parolni olib &amp;tashlash</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Joriy parolni yozing.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Values that do not fit this indicator: {count}</source>
        <translation>Bu koʻrsatkichga mos kelmaydigan qiymatlar: {count}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Loyiha</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Boshlangʻich qiymat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Maqsadli qiymat</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Oxirgi natija</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Bajarilish</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Jamlangan</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Himoya</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Bu noutbukdagi maʼlumotlar parol bilan shifrlangan.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>Bu noutbukdagi maʼlumotlarda parol yoʻq: noutbukni qoʻlga kiritgan har kim ishtirokchilarning ismlari va kodlarini oʻqiy oladi.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>&amp;Parol oʻrnatish…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Parolni oʻzgartirish…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Parolni olib tashlash…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Hozir qulflash</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Tezkor &amp;yoʻq qilish…</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Bu yerda maʼlumotlarni yoʻq qilish yoki parolni oʻzgartirishni faqat koordinator qila oladi. Juda koʻp notoʻgʻri parol kiritilsa, qulf ekrani yoʻq qilishni istalgan kishiga taklif qiladi.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Necha &amp;daqiqa harakatsizlikdan keyin qulflash</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Fältbok qulflanishidan oldingi harakatsiz daqiqalar</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hech qachon</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Necha &amp;notoʻgʻri paroldan keyin yoʻq qilishni taklif qilish</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Yoʻq qilish taklif qilinishidan oldingi notoʻgʻri parollar soni</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Parol oʻrnatish</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Parolni oʻzgartirish</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Parolni olib tashlash</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Tezkor yoʻq qilish</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Joylash</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini tanlash</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tashlab yuborish</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Yoʻq</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Boʻsh joy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Bekor qilish</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Qayta bajarish</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kesish</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Nusxa olish</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Joylash</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hammasini tanlash</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Yangi yozuv</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Yozuvni tahrirlash</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Yashirin; almashtirish uchun yozing</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Ismlarni koʻrsatish</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Bu yozuvning yashirin shaxsiy maydonlarini koʻrsatish (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Yozuvni saqlash (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Qaytarish</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saqlandi.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Qidirish: {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Yangi yozuv (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Tanlangan yozuvni oʻchirish (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Oʻchirildi. Ctrl+Z bilan bekor qiling.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln ta yozuv</numerusform>
            <numerusform>%Ln ta yozuv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Qidirish uchun yozing</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Variantlarni koʻrsatish (Alt+↓)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Variantlarni koʻrsatish</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel fayli (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Hisobotni saqlash</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Hisobot yozilmoqda…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Hisobotni eksport qilish</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksport bekor qilindi: hech qanday fayl yozilmadi.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Loyiha xulosasi</translation>
    </message>
    <message>
        <source>public</source>
        <translation>ommaviy</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>ichki</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>“{title}” ({audience}, {format}) saqlandi: {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Jadval</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jadval</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Koʻrsatkichlar bajarilishi</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Davomat jins va yosh boʻyicha</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tadbirlar</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Shvetsiyadagi advokatsiya auditoriyasi</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Toʻlovlar va byudjet</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Bajarilish</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Jins va yosh</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Treninglar jins boʻyicha</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Treninglar yosh boʻyicha</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Loyihalar jins boʻyicha</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Loyihalar yosh boʻyicha</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Hamkorlar jins boʻyicha</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Hamkorlar yosh boʻyicha</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Mamlakatlar jins boʻyicha</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Mamlakatlar yosh boʻyicha</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Choraklar jins boʻyicha</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Choraklar yosh boʻyicha</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Turlar mamlakatlar boʻyicha</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Mavzular boʻyicha</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Turlar maqsadli guruhlar boʻyicha</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Choraklar maqsadli guruhlar boʻyicha</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Loyihalar boʻyicha</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Choraklar boʻyicha</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Loyiha</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Oʻlchov</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Boshlangʻich qiymat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Maqsadli qiymat</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Joriy</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Oxirgi davr oxiri</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Davr boshi</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Davr oxiri</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jins</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Hamkor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Chorak</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Auditoriya</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Byudjet</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Toʻlangan</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Byudjetdagi ulushi</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Qoldiq</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitetlar</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Talabalar</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Qaror qabul qiluvchilar</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Kutubxonalar</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Koʻrgazma zallari</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Keng jamoatchilik</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hisobot</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtrlar</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Kim uchun</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Ommaviy: 5 dan kam sonlar yashirilgan</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Ichki: aniq sonlar</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Yaratilgan (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Boshlanishi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tugashi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Koʻrsatkichlar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Davomat</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tadbirlar</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Advokatsiya</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Toʻlovlar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksport…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX yoki CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>Loyiha &amp;xulosasi…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Tanlangan loyiha bitta bosma sahifada (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Avval loyihani tanlang: xulosa bitta loyiha boʻyicha tuziladi.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Noutbukni bekor qilish</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>“{name}” bekor qilinsinmi?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Uning kelgusi paketlari bu yerda ham, serverda ham rad etiladi va unga javob paketi yozilmaydi. Avval yuborgani bosh ofis maʼlumotlarida qoladi. Buni ortga qaytarib boʻlmaydi: noutbukdan yana foydalanish uchun uni qaytadan roʻyxatdan oʻtkazing.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Noutbukni &amp;bekor qilish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(eʼtiborsiz qoldirish)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Tugʻilgan yil yoki sana</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Yoshi (yil)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Yangi ishtirokchi</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Maʼlum: roʻyxatga qoʻshiladi</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Allaqachon roʻyxatda</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Import qilinmaydi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Bu fayl Fältbok oʻqiy oladigan jadval yoki CSV fayl emas.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>Bu faylda ishtirokchilar yoʻq.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Bu fayl parol bilan himoyalangan. Uni parolsiz saqlang va oʻsha nusxani import qiling.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>Bu faylda natijalari saqlanmagan formulalar bor. Uni jadval dasturida oching, saqlang va qayta import qiling.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Bu fayl import uchun juda katta (koʻpi bilan 100 000 qator).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>Ikki ustun “{field}”ni toʻldiradi; bittasini tanlang.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Kamida bitta ustunda nima borligini tanlang.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Faylni oʻqib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>Yangi: {new}, maʼlum: {known}, allaqachon roʻyxatda: {on_roster}, import qilinmaydi: {rejected}.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Import qilindi. Yangi ishtirokchilar: {new}; roʻyxatga qoʻshilgan maʼlumlar: {known}; import qilinmagan qatorlar: {rejected}. Ctrl+Z butun importni bekor qiladi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satr</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Nima boʻladi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Muammolar</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Ishtirokchilar roʻyxatini import qilish</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>Qaysi trening roʻyxatiga: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Faylni &amp;tanlash…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Fayldagi ustun</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Namuna</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Toʻldiradi</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qaysi ustunda nima bor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Oldindan koʻrish</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>Bu moslikni hamkor roʻyxatlari uchun &amp;eslab qolish</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import qilish</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>Import qilinmagan qatorlarni &amp;saqlash…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Ishtirokchilar roʻyxatini tanlang</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Roʻyxatlar (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Fayl oʻqilmoqda…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>({n}-ustun)</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>{column}-ustunda nima bor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Import qilinmagan qatorlarni saqlash</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Import qilinmagan qatorlar ({count}) tuzatib, qayta import qilish uchun saqlandi: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Import qilinmagan qatorlarni saqlab boʻlmadi: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Koordinator PIN-kodi</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>Koordinator huquqlari bu noutbukda himoyalangan. Koordinator PIN-kodini yoki parolni yozing.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN-kod yoki parol</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>Koordinator PIN-kodi yoki parol</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Javob paketlari uchun jild</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Javob paketi yoziladigan noutbuk yoʻq.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Yozilgan javob paketlari: %Ln.</numerusform>
            <numerusform>Yozilgan javob paketlari: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Jild: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Buni faqat koordinator qila oladi.</translation>
    </message>
</context>
<context>
    <name>SessionPickerWidget</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Trening</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Mashgʻulot</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Mashgʻulot</translation>
    </message>
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Bu {date} kungi mashgʻulot, bugungi ({today}) emas.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Koordinator PIN-kodini oʻrnatish</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>Koordinator boʻlish yoki kimnidir koordinator qilish uchun shu PIN-kod yoki parol kerak boʻladi. Kamida {n} belgi; uni faqat koordinatorlarga ayting.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Yangi &amp;PIN-kod</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-kod &amp;yana bir bor</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>Yangi koordinator PIN-kodi</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>Yangi koordinator PIN-kodi yana bir bor</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-kod kamida {n} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Ikki PIN-kod farq qiladi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Umumiy</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Joriy foydalanuvchi</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Varaqdagi ismlar</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Ishtirokchilarning ismlari varaqqa yozilsinmi? Ismlarsiz unda faqat kodlar boʻladi. Ismli varaq yoʻqolsa yoki begonalar koʻrsa, undagi har bir kishini xavf ostiga qoʻyadi.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Ismlarsiz</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Ismlar bilan</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Excel fayli, barcha mashgʻulotlar (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, barcha mashgʻulotlar (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Davomat varagʻini saqlash</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Qatnashgan mashgʻulotlar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Davomat</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Saqlab boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Oynaning istalgan joyida</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Roʻyxatlar</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Shakllar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Davomat</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Yangi ishtirokchi shakli</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Sinxronlash ▸ Ziddiyatlar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Hisobotlar</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>1 … 9-boʻlimga oʻtish</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Qurilmalarga oʻtish (faqat bosh ofisda)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Boʻlimning keyingi yorligʻi</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Boʻlimning oldingi yorligʻi</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Sinxronlash paketini eksport qilish</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Bosh ofisdan faylni import qilish</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Bosh ofis bilan hozir sinxronlash</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Qulflash</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Almashtirilgan tahrirlaringizni koʻrib chiqish</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Qayta bajarish</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Tezkor tugmalarning shu roʻyxati</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Roʻyxatdan qidirish</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Yangi yozuv</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Tanlangan yozuvni oʻchirish</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Shaklni saqlash</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Yashirin shaxsiy maydonlarni koʻrsatish (faqat ruxsat etilgan rollar)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Kodi yozilgan ishtirokchini kelgan deb belgilash</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>Roʻyxatda: keldi / kelmadi</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Yangi ishtirokchi qoʻshish</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Ismlarni koʻrsatish (faqat ruxsat etilgan rollar)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Mashgʻulotni yakunlangan deb belgilash</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Toʻldirilgan varaqni PDF sifatida saqlash</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Boʻsh varaqni PDF sifatida saqlash</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Ishtirokchilar roʻyxatini import qilish</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Kod maydoniga qaytish</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Treningni tanlash</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Mashgʻulotni tanlash</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Ishtirokchini qoʻshish</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Shaklni yopish</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Chetga olingan qiymatni tiklash</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Joriy qiymatni qoldirish</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Hisobotni eksport qilish (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Tanlangan loyihaning bir sahifalik xulosasini saqlash</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tezkor tugmalar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tugmalar</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Nima qiladi</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Sinxronlash paketini eksport qilish</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok sinxronlash paketlari (*.fbk);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Bosh ofisdan import</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Fältbok fayllari (*.fbk *.json *.enrol);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Sinxronlash paketi yozilmoqda…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import qilinmoqda…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Tiklanmoqda…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Chetga olingan qiymat qaytdi; u keyingi sinxronlash paketingiz bilan bosh ofisga yuboriladi.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Joriy qiymat qoladi; ziddiyat yopildi.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Qoʻllanmoqda…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Buni faqat koordinator qila oladi.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(yashirin: ism yoki kontakt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(boʻsh)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Oʻchirilgan</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Yozilgan</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Oʻzgarishlar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Hajmi</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Bosh ofis oldi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Ha, tasdiqlangan</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Hali yoʻq</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Yozuv</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maydon</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Saqlangan qiymat</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Saqlagan: kim, qachon</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Chetga olingan qiymat</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Chetga olgan: kim, qachon</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Sanasi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Qayerdan</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Oʻchiq: bosh ofis manzili yoʻq (Sozlamalar)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Oʻchiq</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Bosh ofis bilan sinxronlash</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Siz kiritgan hamma narsa shu noutbukda saqlanadi va internetsiz ishlaydi. Oʻzgarishlar bosh ofisga imzolangan, shifrlangan sinxronlash paketlarida boradi: fleshkada yoki tarmoq orqali.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Bu qurilma</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Roʻyxatdan oʻtish</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Hali tasdiqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Bogʻliq yozuvlarni kutmoqda</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Toʻxtatib qoʻyilgan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Oxirgi sinxronlash</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Avtomatik sinxronlash</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Bosh ofis kaliti</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Sinxronlash paketini &amp;eksport qilish…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Oʻzgarishlaringizni bosh ofis uchun yozish (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Sinxronlash paketini eksport qilish</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import qilish…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Bosh ofisdan paket yoki kvitansiyani yoxud roʻyxatdan oʻtish faylini import qilish (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import qilish</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Hozir &amp;sinxronlash</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Bosh ofis serveri bilan hozir sinxronlash (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Eksport qilingan paketlar</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Ziddiyatlar (%Ln)</numerusform>
            <numerusform>Ziddiyatlar (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Toʻxtatib qoʻyilgan (%Ln)</numerusform>
            <numerusform>Toʻxtatib qoʻyilgan (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Bosh ofisda roʻyxatdan oʻtgan</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Bu maʼlumotlar jildi bosh ofisdir</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Hali roʻyxatdan oʻtmagan: bosh ofisdan roʻyxatdan oʻtish faylini import qiling</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>No user</source>
        <translation>Foydalanuvchi yoʻq</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Joriy foydalanuvchi</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Onlayn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Oflayn</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Tarmoq</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Oʻzgarishlar sanalmoqda…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln ta oʻzgarish hali tasdiqlanmagan</numerusform>
            <numerusform>%Ln ta oʻzgarish hali tasdiqlanmagan</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Bosh ofis bilan sinxronlash</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Oxirgi sinxronlash: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Bu fayl boshqa bosh ofis yoki boshqa noutbuk uchun shifrlangan, shuning uchun uni bu yerda ochib boʻlmaydi.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Bu faylning imzosi bu noutbuk roʻyxatdan oʻtgan bosh ofisga mos kelmaydi: u oʻzgartirilgan yoki boshqa joydan kelgan.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Bu fayl bosh ofis hech qachon roʻyxatdan oʻtkazmagan noutbukdan kelgan.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Bu fayl bosh ofis roʻyxatdan oʻtishini bekor qilgan noutbukdan kelgan.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Bu fayl noutbuki uchun qayd etilgan kalit bilan emas, boshqa kalit bilan imzolangan.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Bu fayl sinxronlash paketi kabi tuzilmagan: u shikastlangan, haddan tashqari katta yoki zarar yetkazish uchun yasalgan.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Bu fayl shikastlangan, toʻliq emas yoki Fältbok sinxronlash fayli emas.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Bu fayl Fältbokning yangiroq versiyasida yozilgan. Ilovani yangilang va uni qayta import qiling.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Bu faylda Fältbokning bu versiyasi bilmaydigan oʻzgarishlar bor.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Bu noutbuk hali bosh ofisda roʻyxatdan oʻtmagan. Avval bosh ofis bergan roʻyxatdan oʻtish faylini import qiling.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Bu maʼlumotlar jildi bosh ofisdir: sinxronlash paketlari noutbuklarda yoziladi.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Bu noutbuk allaqachon roʻyxatdan oʻtgan yoki boshqa identifikator bilan paket yuborgan. Roʻyxatdan oʻtish fayli faqat noutbukni birinchi marta roʻyxatdan oʻtkazish uchun.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Bu fayl boshqa noutbuk yoki bosh ofis uchun moʻljallangan.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Bu element endi mavjud emas; roʻyxat yangilandi.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Bu noutbukning sinxronlash kalitlari uning maʼlumotlar jildida yoʻq. Bosh ofisdan uni qayta roʻyxatdan oʻtkazishni soʻrang.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok bu faylni oʻqiy yoki yoza olmaydi. Boshqa joy tanlang.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Bunday fayl yoki jild yoʻq.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Faylni oʻqib yoki yozib boʻlmadi: disk toʻlgan yoki fleshka chiqarib olingan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Kutilmagan xato yuz berdi.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Hech narsa oʻzgarmadi.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Sinxronlash paketi {path}ga yozildi. Undagi oʻzgarishlar: %Ln.</numerusform>
            <numerusform>Sinxronlash paketi {path}ga yozildi. Undagi oʻzgarishlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Shu noutbukda qolgan ismlar va kontaktlar: %Ln.</numerusform>
            <numerusform>Shu noutbukda qolgan ismlar va kontaktlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Bosh ofis paketingizni olganini tasdiqladi (undagi oʻzgarishlar: %Ln).</numerusform>
            <numerusform>Bosh ofis paketingizni olganini tasdiqladi (undagi oʻzgarishlar: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Bosh ofisdan olingan oʻzgarishlar: %Ln.</numerusform>
            <numerusform>Bosh ofisdan olingan oʻzgarishlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Hali bu yerda boʻlmagan yozuvlarni kutayotganlar: %Ln.</numerusform>
            <numerusform>Hali bu yerda boʻlmagan yozuvlarni kutayotganlar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Koordinator uchun toʻxtatib qoʻyilgan (sanasi kelajakda): %Ln.</numerusform>
            <numerusform>Koordinator uchun toʻxtatib qoʻyilgan (sanasi kelajakda): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Koʻrib chiqiladigan ziddiyatlar: %Ln.</numerusform>
            <numerusform>Koʻrib chiqiladigan ziddiyatlar: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Bu noutbuk endi bosh ofisda “{name}” sifatida roʻyxatdan oʻtdi. Ishingizni yuborish uchun sinxronlash paketini eksport qiling.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Qoʻllangan toʻxtatib qoʻyilgan oʻzgarishlar: %Ln.</numerusform>
            <numerusform>Qoʻllangan toʻxtatib qoʻyilgan oʻzgarishlar: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Noutbuklardan kelgan paketlarni tanlang</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok sinxronlash paketlari (*.fbk);;Barcha fayllar (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Kvitansiyalar uchun jild</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Buni faqat koordinator qila oladi.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Paketlarni qabul qilish</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Noutbuklardan kelgan paketlarni (.fbk) shu yerga tashlang yoki qoʻshing. Har biri alohida tekshirilib birlashtiriladi: rad etilgan paket hech narsani oʻzgartirmaydi.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Qabul qilinadigan paketlar</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Natijalar</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Paketlarni qoʻshish…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Olib tashlash</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>&amp;Kvitansiyalar jildi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Tanlash…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Qabul qilish</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Yopish</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v / %m paket</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>At most {limit} characters</source>
        <translation>Koʻpi bilan {limit} belgi</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Bekor qilib yoki qayta bajarib boʻlmadi: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>yozuv endi mavjud emas</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>{list}da yangi yozuv</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>{list}da tahrir</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>{list}da oʻchirish</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok qulflangan</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Bu noutbukdagi maʼlumotlar shifrlangan. Ularni ochish uchun parolni yozing.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ochish</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Chiqish</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>Barcha maʼlumotlarni &amp;yoʻq qilish…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Barcha maʼlumotlarni yoʻq qilish</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>Oxirgi ochilishdan beri %n ta notoʻgʻri urinish.</numerusform>
            <numerusform>Oxirgi ochilishdan beri %n ta notoʻgʻri urinish.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Parolni yozing.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ochilmoqda…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Bu parol notoʻgʻri. Fältbok qulflangan holda qoladi.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok maʼlumotlar bazasini ocha olmadi: {error}</translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Bu noutbuk uchun belgilangan notoʻgʻri urinishlar chegarasi shu. Zarur boʻlsa, hozir undagi barcha Fältbok maʼlumotlarini yoʻq qilishingiz mumkin.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Saqlanmagan oʻzgarishlar</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>“{name}”dagi oʻzgarishlaringiz hali saqlanmagan.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>“{list}”dagi yangi yozuv hali saqlanmagan.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Ularni saqlab davom eting, bekor qilib davom eting yoki tahrirni davom ettirish uchun bekor qiling.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saqlash</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Tashlab yuborish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Fältbok bilan kim ishlayapti?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Foydalanuvchingizni tanlang yoki yangisini yarating. Ishtirokchilarning ismlari koʻrsatilishi rolingizga bogʻliq.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Foydalanuvchi</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Yoki yangi foydalanuvchi: &amp;ism</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Foydalanuvchi</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Yangi foydalanuvchining ismi</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Yangi foydalanuvchining roli</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Tanlash</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Yaratish va tanlash</translation>
    </message>
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Foydalanuvchi yaratish yoki rollarni oʻzgartirishni faqat koordinator qila oladi. Koʻproq huquqli foydalanuvchiga oʻtish koordinator PIN-kodini yoki parolni soʻraydi.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Bu noutbukda rollar himoyalanmagan: har kim koordinator boʻlib, ismlarni koʻra oladi. Ularni himoya qilish uchun koordinator PIN-kodini (yoki parol) oʻrnating.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Koordinator &amp;PIN-kodini oʻrnatish…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>Koordinator PIN-kodi yoki parol notoʻgʻri. {n} ta notoʻgʻri urinishdan keyin PIN-kod bloklanadi: oʻrniga parolni yozing.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>Koordinator PIN-kodi yoki parol notoʻgʻri ({limit} ta urinishdan {failures} tasi ishlatildi). Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Buning uchun koordinator PIN-kodi yoki parol kerak. Hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-kod kamida {n} belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>Koordinator PIN-kodini faqat koordinator oʻrnata oladi.</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Joyida qoʻshilgan ishtirokchi</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Ixtiyoriy</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Qoʻshish va kelgan deb belgilash</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit jurnali yozuvlari</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok bu noutbukdagi maʼlumotlarini yoʻq qildi (%Ln ta fayl).</numerusform>
            <numerusform>Fältbok bu noutbukdagi maʼlumotlarini yoʻq qildi (%Ln ta fayl).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>Maʼlumotlar bazasi qulflangan edi, shuning uchun Fältbok bosh ofis tasdiqlamagan oʻzgarishlarni sanay olmadi. Hali sinxronlanmagan hamma narsa yoʻqoldi.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Bosh ofis har bir oʻzgarishni tasdiqlagan edi: yuborilmagan hech narsa yoʻqolmadi.</translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Bosh ofis tasdiqlamagan quyidagi %Ln ta oʻzgarish yoʻqoldi:</numerusform>
            <numerusform>Bosh ofis tasdiqlamagan quyidagi %Ln ta oʻzgarish yoʻqoldi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Barcha maʼlumotlarni yoʻq qilish</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Bu noutbukdagi barcha Fältbok maʼlumotlari yoʻq qilinsinmi?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Bu maʼlumotlar bazasi, uning zaxira nusxalari, eksport qilingan sinxronlash paketlari va bu qurilmaning kalitlarini birdaniga yoʻq qiladi. Buni bekor qilib boʻlmaydi va parol hech narsani qaytarmaydi.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>Hammasini &amp;yoʻq qilish</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Hammasini yoʻq qilish</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Bosh ofis hali tasdiqlamagan oʻzgarishlar sanalmoqda…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>Maʼlumotlar bazasi qulflangan, shuning uchun Fältbok bosh ofis hali tasdiqlamagan oʻzgarishlarni sanay olmaydi. Hali sinxronlanmagan hamma narsa yoʻqoladi.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Bosh ofis bu noutbukda qilingan har bir oʻzgarishni tasdiqlagan: yuborilmagan hech narsa yoʻqolmaydi.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Bosh ofis quyidagi %Ln ta oʻzgarishni hali tasdiqlamagan. Ular yoʻqoladi:</numerusform>
            <numerusform>Bosh ofis quyidagi %Ln ta oʻzgarishni hali tasdiqlamagan. Ular yoʻqoladi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Maʼlumotlar yoʻq qilindi</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Yoʻq qilish tugallanmadi</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Yoʻq qilish tugamadi: {error}. Baʼzi fayllar qolgan boʻlishi mumkin; qayta urinib koʻring.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Mamlakat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Hudud</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Mavzular</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Maxfiylik darajasi</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Hamkor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Boshlanishi</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Tugashi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Byudjet</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Ismlarni bosh ofisga yuborish mumkin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Loyiha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Maqsad</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Birlik</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Oʻlchov</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Natijalar davrlar boʻyicha qoʻshiladi</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Boshlangʻich qiymat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Maqsadli qiymat</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Jins boʻyicha</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Yosh guruhlari boʻyicha</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Koʻrsatkich</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Davr boshi</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Davr oxiri</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Qiymat</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Taqsimot</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Toʻlangan sana</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Mavzu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitatorlar</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Auditoriya</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Auditoriya soni</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tadbir</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trening</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Sana</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Yakunlangan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jins</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Yosh guruhi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tashkilot</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Rozilik berilgan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Mashgʻulot</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Ishtirokchi</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Kelgan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Shaxs</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Tashrif sanasi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Muallif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qaydlar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Biriktirilgan fayllar</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Mualliflar</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Nashr sanasi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veb-manzil</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Auditoriya: universitet xodimlari</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Auditoriya: talabalar</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Auditoriya: qaror qabul qiluvchilar</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Auditoriya: kutubxonalar</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Auditoriya: koʻrgazma zallari</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Auditoriya: keng jamoatchilik</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ochiq kalit</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Qurilmalar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Foydalanuvchilar</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Hamkorlar</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Loyihalar</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Maqsadlar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Koʻrsatkichlar</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Koʻrsatkich qiymatlari</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Toʻlovlar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tadbirlar</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Treninglar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Mashgʻulotlar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Ishtirokchilar</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Ishtirokchilar roʻyxatlari</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Davomat yozuvlari</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Xizmat safarlari</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Dala hisobotlari</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Nashrlar</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Advokatsiya tadbirlari</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Qirgʻiziston</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Qozogʻiston</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tojikiston</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Oʻzbekiston</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmaniston</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Shvetsiya</translation>
    </message>
    <message>
        <source>Feminism</source>
        <translation>Feminizm</translation>
    </message>
    <message>
        <source>LGBTQ+ rights</source>
        <translation>LGBTQ+ huquqlari</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Yoshlar va demokratiya</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Nizolarni transformatsiya qilish</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Atrof-muhit va iqlim</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Permakultura va oziq-ovqat suvereniteti</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Inson huquqlari</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Oddiy</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Nozik</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Yuqori xavf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Rejalashtirilgan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Faol</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Maʼruza</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Vebinar</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Koʻrgazma</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferensiya</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>Rolli oʻyinlar kuni</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Jamoatchilik eshituvi</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Dala safari</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Hisobot</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Maqola</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Tahliliy qayd</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Kitob</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videomaterial</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Ayol</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkak</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nobinar</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Koʻrsatilmagan</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18 yoshgacha</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 va undan katta</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nomaʼlum</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Dala xodimi</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Amaliyotchi</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Xodim</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Soni</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Foiz</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Majburiy.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Roʻyxatdagi qiymatlardan birini tanlang.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>{start}dan oldin boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Manfiy boʻlishi mumkin emas.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Juda uzun: koʻpi bilan {limit} belgi.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Matn boʻlmagan belgi bor.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>Son juda katta.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Yaroqli sana emas.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Yaroqli son emas.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Yaroqli qiymat emas.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Endi mavjud boʻlmagan yozuvga ishora qiladi.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Bu trening roʻyxatida yoʻq.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Boshqa yozuvda allaqachon ishlatilgan.</translation>
    </message>
    <message>
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>“{value}” Fältbok uchun nomaʼlum qiymat.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>Faylda ikki marta (birinchisi {line}-satrda).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Import qilinadigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Qabul qilinmadi ({code}).</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Butun son boʻlishi kerak.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} va {high} oraligʻida boʻlishi kerak.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Bu koʻrsatkich jins boʻyicha taqsimlanmaydi.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Bu koʻrsatkich yosh guruhlari boʻyicha taqsimlanmaydi.</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Jins boʻyicha taqsimot yigʻindisi {total}, qiymat esa {value}.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Yosh guruhlari boʻyicha taqsimot yigʻindisi {total}, qiymat esa {value}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
</TS>
