<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>Fältbok жөнүндө</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Centralasiengrupperna үчүн тармаксыз талаа маалыматтары. GNU GPL 3-версиясы же андан кийинки версиясы боюнча эркин программа.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версиясы:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Маалымат папкасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Маалымат базасы:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>сырсөз менен шифрленген (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>шифрленген эмес (сырсөз коюлган эмес)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Түзмөк:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Система:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Колдонмонун жана анын курамындагылардын лицензиялары:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>Колдоо кызматы үчүн &amp;көчүрүү</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>&amp;Лицензиялар папкасын ачуу</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Көчүрүлдү</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG сүрөтү</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG сүрөтү</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>HEIC сүрөтү</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP сүрөтү</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF документи</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word документи</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel таблицасы</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument тексти</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument таблицасы</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Жөнөкөй текст</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>бул ноутбукта азырынча жок</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Кошуу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ачуу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып салуу</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Тиркөө үчүн файлдарды бул жерге сүйрөп таштаңыз</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тиркөө</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Сүрөттөр, PDF, документтер жана текст</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Бардык файлдар</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>«%1» көлөмү %2: %3 чейинки файлдарды гана тиркөөгө болот.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>«%1» тиркелбейт: сүрөттөрдү (JPEG, PNG, HEIC, WebP), PDF, кеңсе документтерин жана жөнөкөй текстти гана тиркөөгө болот.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«%1» окулган жок.</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Бул файл бул ноутбукка азырынча жете элек.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Бул файл сүрөт, PDF, кеңсе документи же жөнөкөй текст эмес; ал ачылбайт.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Барак сакталды: {path}.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Катышканын белгилөө үчүн код же аты</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Коддун бир бөлүгүн жазып, Enter басыңыз</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Катышуучулардын тизмеси</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Жаңы катышуучу…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Тизмеде жок адамды кошуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Аттарды көрсөтүү</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Катышуучулардын аттарын көрсөтүү (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Сабакты аяктоо</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Толтурулган барак…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Катышкандар белгиленген баракты PDF катары сактоо (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Тизмени импорттоо…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Өнөктөштүн тизмесин (Excel, CSV, Kobo) ушул тизмеге кошуу (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Бош барак…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Кол менен толтуруу үчүн бош баракты сактоо (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>Тизмеде «{text}» боюнча эч ким табылган жок. Ctrl+N жаңы катышуучуну кошот.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n катышуучу табылды; дагы жазыңыз же жебе баскычтарын жана боштукту колдонуңуз.</numerusform>
            <numerusform>%n катышуучу табылды; дагы жазыңыз же жебе баскычтарын жана боштукту колдонуңуз.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code}: катышууда.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code}: катышуу белгиси алынды.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code}: буга чейин катышууда.</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code} тизмеге кошулду жана катышууда.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} мурда катталган: эми бул тизмеде жана катышууда.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Бул сабак буга чейин аяктады деп белгиленген.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>«{training}» тренингинин {session} сабагын аяктады деп белгилейсизби?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Аяктады деп белгилөө</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>{session} сабагы аяктады деп белгиленди. Ctrl+Z муну жокко чыгарат.</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Сиздин ролуңуз катышуучулардын аттарын көрсөтпөйт.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Катышуу барагы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Кол тамга</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Катышты: {total} ичинен {present}</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>{code} катышуусун белгилөө</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>{code} белгисин алуу</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>жаңы катышуучу {code} кошулду</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>{code} бул тизмеге кошулду</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>{session} сабагын аяктоо</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>{session} сабагын кайра ачуу</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>тизме импорттолду (тизмеде: {code})</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Жокко чыгарылды: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Кайталанды: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>жазуу мындан ары жок</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Жокко чыгаруу же кайталоо мүмкүн болгон жок ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Бул маалымат папкасы — башкы кеңсе: ноутбуктар аны менен синхрондоштурулат.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Суммасы: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликттер</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>Четке коюлган маанини &amp;кайтаруу</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Утулган маанини жаңы өзгөртүү катары кайра учурдагы кылуу (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Четке коюлган маанини кайтаруу</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>Учурдагы маанини ка&amp;лтыруу</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Конфликтти жабуу жана утуп алган маанини калтыруу (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Учурдагы маанини калтыруу</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Конфликттер жок: ар бир талаада бир макулдашылган маани бар.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>Эки адам синхрондоштурууга чейин бир эле талааны өзгөртсө, кийинки өзгөртүү сакталып, экинчиси четке коюлат. Ар бирин текшериңиз: четке коюлган маанини кайтарыңыз же учурдагысын калтырыңыз.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>Эки адам синхрондоштурууга чейин бир эле талааны өзгөртсө, кийинки өзгөртүү сакталып, экинчиси четке коюлат. Четке коюлган маани өзүңүздүн оңдооңуз болсо, аны кайтарыңыз же учурдагысын калтырыңыз; калгандарын координатор гана чече алат.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>Эки адам синхрондоштурууга чейин бир эле талааны өзгөртсө, кийинки өзгөртүү сакталып, экинчиси четке коюлат. Четке коюлган маанини кайтарууну же конфликтти жабууну координатор гана жасай алат.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Азыр катышууда</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(жок)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Күндү жазыңыз, мисалы {example}. Alt+Төмөн же F4 календарды ачат.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Төмөн)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>«{text}» — күн эмес. Мындай жазыңыз: {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>баары</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Пакет азырынча жок</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln пакет</numerusform>
            <numerusform>%Ln пакет</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%Ln packages)</source>
        <translation>
            <numerusform>{when} (%Ln пакет)</numerusform>
            <numerusform>{when} (%Ln пакет)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Чөйрөсү</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Катталган</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Акыркы пакет</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Бириктирилген өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Жооп күтүүдө</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Сервер: акыркы байланыш</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>«{name}» катталды; анын каттоо файлы: {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Муну координатор гана жасай алат.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Башкы кеңсенин ноутбуктары</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Жаңы ноутбуктарды каттаңыз, алар жөнөткөн пакеттерди кабыл алыңыз, жооп пакеттерин жазыңыз жана жоголгон же уурдалган ноутбуктун каттоосун жокко чыгарыңыз. Пакеттерди (.fbk) кабыл алуу үчүн бул жерге таштаңыз.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Ноутбуктарды координатор гана башкара алат. Жөндөөлөрдөн координаторго которулуңуз.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Ноутбуктарды издөө (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуктар</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>Ноутбукту &amp;каттоо…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>Пакеттерди кабыл &amp;алуу…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Жооп &amp;жөнөтүү…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>Баарына ж&amp;ооп…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Жокко &amp;чыгаруу…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Жаңы ноутбук үчүн каттоо файлын жазуу</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Ноутбуктар жөнөткөн пакеттерди бириктирүү жана алардын тастыктамаларын жазуу</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Тандалган ноутбук үчүн жооп пакетин жазуу</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Ар бир ноутбук үчүн жооп пакетин жазуу, ар бирине өз файлы</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>Мындан ары тандалган ноутбуктун пакеттерин четке кагуу</translation>
    </message>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Ноутбуктар (%Ln)</numerusform>
            <numerusform>Ноутбуктар (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Ноутбуктар ортосундагы конфликттер (%Ln)</numerusform>
            <numerusform>Ноутбуктар ортосундагы конфликттер (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Сервер</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the enrolment file</source>
        <translation>Каттоо файлын сактоо</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Каттоо файлдары (*.enrol);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Каттоо файлын кайда сактоону тандаңыз.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Муну координатор гана жасай алат.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>Сервердин дареги жана ачкычтын изи жазылган QR-код</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(жок: пакеттер кол менен ташылат)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Ноутбукту каттоо</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Башкы кеңсе жаңы ноутбук үчүн каттоо файлын жазат. Аны USB-флешкада алып барып, ноутбукта импорттоңуз (Синхрондоштуруу ▸ Импорттоо). Чөйрө ноутбукта эмне сакталарын аныктайт: all же country:КОД жана partner:ID элементтери.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>Ноутбуктун &amp;аты</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Чөйрө</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>Сервердин &amp;дареги (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Кайда сактоо</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>Каттап &amp;сактоо</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Бүттү</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>Файлды импорттогондон кийин ноутбуктагы Синхрондоштуруу барагы ошол эле сервер дарегин жана ачкычтын изин көрсөтөт: аларды салыштырыңыз же бул кодду сканерлеңиз.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Сервердин дареги</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Башкы кеңсенин ачкычы</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Бир жолку сыр</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Бир жолку сыр файлда жана азыр гана көрсөтүлөт: башкы кеңсе аны кайра көрсөтпөйт. Ноутбук биринчи пакетин жөнөткөнгө чейин файлды коопсуз жерде сактаңыз.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>«{name}» үчүн каттоо файлы сакталды: {path}.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Отчетту экспорттоо</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (диаграммалар жана таблицалар)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel китеби (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Excel үчүн BOM менен баштоо</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ачык (5тен аз сандар жашырылат)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ички (так сандар)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Аудитория</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Something went wrong and the last action did not finish. What you typed is still there. The details are in the log file in the data folder.</source>
        <translation>Бир нерсе туура эмес болуп, акыркы аракет бүткөн жок. Сиз жазгандар сакталып турат. Толук маалымат маалымат папкасындагы журнал файлында.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Башы</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Аягы</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Долбоор</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Ө&amp;нөктөш</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Ө&amp;лкө</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>А&amp;удитория</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Бардык өлкөлөр</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ачык (5тен аз сандар жашырылат)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ички (так сандар)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Мезгил башталганга чейин аяктайт.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Бул ноутбуктагы маалыматты коргоңуз</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Катышуучуларды сырсөз менен коргоңуз</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok сиздин семинарларыңызга келген адамдардын аттарын жана коддорун сактайт. Эгер бул ноутбук жоголсо же тартылып алынса, ал кимдин колуна түшсө да, алардын ким экенин билбеши керек. Сырсөз менен Fältbok сактаган бардык нерсе шифрленет жана аны менен гана ачылат.

Эстей турганыңызды тандаңыз: ансыз маалыматты эч ким, башкы кеңсе да калыбына келтире албайт. Аны кийин Жөндөөлөрдөн да коюуга болот.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Сырсөз &amp;коюу</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>Сырсөзсүз &amp;улантуу</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok маалымат базасын даярдай алган жок: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Кармалган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>Кармалган өзгөртүүлөрдү &amp;колдонуу</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Кармалган өзгөртүүлөрдү колдонуу</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Кармалган эч нерсе жок.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>Бул өзгөртүүлөр бир күндөн ашык келечек менен даталанган, демек кайсы бир ноутбуктун сааты туура эмес болгон окшойт. Сиз уруксат бермейинче алар колдонулбайт.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>Бул өзгөртүүлөр бир күндөн ашык келечек менен даталанган, демек кайсы бир ноутбуктун сааты туура эмес болгон окшойт. Аларды координатор гана колдоно алат.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Period</source>
        <translation>Мезгил</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Топтолгон</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Бөлүштүрүү</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Көйгөйлөр</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Ноутбукка ат бериңиз.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>«{name}» аттуу ноутбук мурунтан катталган: башка ат тандаңыз.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Сервердин дареги https://hq.example.org сыяктуу веб-дарек эмес.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Бул ноутбук биринчи пакетин азырынча жөнөтө элек; адегенде аны кабыл алыңыз.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Чөйрө туура эмес: all же үтүр менен бөлүнгөн country:КОД жана partner:ID элементтерин жазыңыз, башкы кеңседе бар өнөктөштөрдү көрсөтүп.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Четке кагылды: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>«{name}» ноутбугунан мурунтан кабыл алынган; анын тастыктамасы кайра жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>«{name}» ноутбугунан бириктирилди: %Ln өзгөртүү.</numerusform>
            <numerusform>«{name}» ноутбугунан бириктирилди: %Ln өзгөртүү.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Байланыштуу жазууларды күтүүдө: %Ln.</numerusform>
            <numerusform>Байланыштуу жазууларды күтүүдө: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>Карантинде: %Ln.</numerusform>
            <numerusform>Карантинде: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Карап чыгуу керек болгон конфликттер: %Ln.</numerusform>
            <numerusform>Карап чыгуу керек болгон конфликттер: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Тастыктаманы жазуу мүмкүн болгон жок: аны жазуу үчүн файлды кайра кабыл алыңыз.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>«{name}»: эч нерсе жазылган жок. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>«{name}»: {file} ичинде %Ln өзгөртүү.</numerusform>
            <numerusform>«{name}»: {file} ичинде %Ln өзгөртүү.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>«{name}» жокко чыгарылды: мындан ары анын пакеттери четке кагылат. Мурун жөнөткөндөрү сакталат.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>кол коюлган суроо</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>пакет сакталды</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>пакет бириктирилди</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>пакет четке кагылды ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Тармакка туташкан ноутбуктар сервер менен өздөрү синхрондошот. Сервери жок кеңсе серверди ушул жерден иштете алат: программа кулпуланып турганда да ал иштей берет, программа жабылганда токтойт.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>&amp;Угуу дареги</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Иштеп жатат (ушул программа баштаган)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Башталууда…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Иштеп жатат (башка жерде башталган)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Иштебейт</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Акыркы иштетүү ишке ашкан жок: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>Серверди &amp;иштетүү</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>Серверди &amp;токтотуу</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>&amp;Акыркы суроолор</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Качан</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Эмне</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Акыркы суроолор</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Fältbok программасынан чыгуу</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Сервер иштеп жатат. Программадан чыксаңыз, ал токтойт.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>Сервер токтоп турганда ноутбуктар башкы кеңсе менен синхрондоша албайт. Алар өзгөртүүлөрүн сактап, сервер кайра иштегенде жөнөтүшөт.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Серверди токтотуп, &amp;чыгуу</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Иштей берсин</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Сакталды. Байланыш болгондо Fältbok бул дарек менен өзү синхрондоштурат.</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>Сервердин &amp;дареги</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Бул маалымат папкасы — башкы кеңсе: сервер ушул</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Сервердин дареги</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Даректи сактоо</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Мындан ары бул сервер менен синхрондоштуруу</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Synced just now</source>
        <translation>Жаңы эле синхрондоштурулду</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln мүнөт мурун синхрондоштурулду</numerusform>
            <numerusform>%Ln мүнөт мурун синхрондоштурулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln саат мурун синхрондоштурулду</numerusform>
            <numerusform>%Ln саат мурун синхрондоштурулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln күн мурун синхрондоштурулду</numerusform>
            <numerusform>%Ln күн мурун синхрондоштурулду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>кийинки аракет %Ln секунддан кийин</numerusform>
            <numerusform>кийинки аракет %Ln секунддан кийин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>кийинки аракет %Ln мүнөттөн кийин</numerusform>
            <numerusform>кийинки аракет %Ln мүнөттөн кийин</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кайтарылып алынган</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>анда катталган эмес</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>кол тамга кабыл алынган жок (ноутбуктун датасын жана убактысын текшериңиз)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>кабыл алынган жок</translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Өзгөртүүлөр башкы кеңсеге жөнөтүлүүдө… {percent} %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондоштурулууда…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Байланыш күтүлүүдө</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Башкы кеңсе бул ноутбукту кабыл алган жок: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Азырынча синхрондоштурулган жок</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Синхрондоштуруу ишке ашкан жок: сервердин сертификатына ишеним жок</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Синхрондоштуруу ишке ашкан жок: башкы кеңсе күтүлбөгөн жооп берди</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Синхрондоштуруу токтоду: бул ноутбук азырынча катталган эмес</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Синхрондоштуруу токтоду: башкы кеңсенин дареги жок</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондоштуруу ишке ашкан жок</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Башкы кеңсе менен синхрондоштурулду: жөнөтө турган же ала турган жаңы эч нерсе жок.</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Башкы кеңсе менен синхрондоштурулду.</translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Жөнөтүлгөн өзгөртүүлөр: %Ln.</numerusform>
            <numerusform>Жөнөтүлгөн өзгөртүүлөр: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Башкы кеңсе ырастаган пакеттер: %Ln.</numerusform>
            <numerusform>Башкы кеңсе ырастаган пакеттер: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Башкы кеңседен кабыл алынган өзгөртүүлөр: %Ln.</numerusform>
            <numerusform>Башкы кеңседен кабыл алынган өзгөртүүлөр: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Башкы кеңсе менен байланышуу мүмкүн болгон жок. Fältbok өзү кайра аракет кылат; өзгөртүүлөрүңүз бул ноутбукта сакталат.</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Башкы кеңсе менен байланыш өтө жай болгондуктан үзүлдү. Fältbok өзү кайра аракет кылып, жүктөөнү токтогон жеринен улантат.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Сервердин сертификатына ишеним жок, ошондуктан эч нерсе жөнөтүлгөн жок. Башкы кеңсенин дарегин Жөндөөлөрдөн текшериңиз.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Башкы кеңсе бул ноутбукту кабыл алган жок: {reason}. Эмне кылуу керектигин башкы кеңседен сураңыз; өзгөртүүлөрүңүз бул ноутбукта сакталат.</translation>
    </message>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Башкы кеңсе Fältbok&apos;тун бул версиясы түшүнбөгөн түрдө жооп берди. Колдонмону жаңыртыңыз же башкы кеңседен сураңыз.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Башкы кеңсенин дареги коюлган эмес. Аны Жөндөөлөрдө жазыңыз.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Бул ноутбук башкы кеңседе азырынча катталган эмес. Адегенде башкы кеңсе берген каттоо файлын импорттоңуз.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Синхрондоштуруу ишке ашкан жок.</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Fältbok бул веб-даректи колдоно албайт. Аны мындай жазыңыз: https://hq.example.org (http:// — ушул компьютердеги сервер үчүн гана).</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>IATI экспорттоо</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>{0} файлына %n IATI иш-чарасы жазылды.</numerusform>
            <numerusform>{0} файлына %n IATI иш-чарасы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Эч нерсе жазылган жок: адегенде Жөндөөлөрдө уюмдун IATI идентификаторун коюңуз.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Эч нерсе жазылган жок: Жөндөөлөрдөгү уюмдун IATI идентификатору же аталышы туура эмес.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Эч нерсе жазылган жок: жарыялай турган долбоорлор жок.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Эч нерсе жазылган жок: «{0}» долбоору IATI файлын жараксыз кылмак ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Эч нерсе жазылган жок: файлды ошол жерге сактоо мүмкүн болгон жок ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Эч нерсе жазылган жок: IATI файлын түзүү мүмкүн болгон жок.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>&amp;IATI уюму</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Идентификатор, мис. SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>Уюмдун IATI идентификатору</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Уюмдун аталышы</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>Уюмдун IATI аталышы</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Уюмду сактоо</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Сакталды. Мындан ары IATI файлдары ушул уюмду көрсөтөт.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Сакталган жок: идентификатор тамгалардан, сандардан, чекиттерден жана дефистерден турат (мисалы, SE-ON-802005-9839), аталышы — жөнөкөй текст.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Индикаторлор боюнча прогресс</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Мезгил боюнча маанилер</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>«{name}» маанилери, мезгил боюнча</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Маанилер, мезгил боюнча</translation>
    </message>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Индикаторуна туура келбеген маанилер (кызыл менен белгиленген): {count}. Эки ноутбуктан бириктирилген талаалар дал келбеши мүмкүн; аларды «Индикаторлордун маанилери» бөлүмүндө оңдоңуз.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Кулпулоо</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Fältbok&apos;ту азыр кулпулоо ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Сырсөзсүз Fältbok кулпулана албайт. Аны Жөндөөлөрдө коюңуз.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Бул учурдагы сырсөз эмес. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Бул ноутбуктагы маалымат эми шифрленген.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Сырсөз өзгөртүлдү.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Сырсөз алынып салынды: маалымат мындан ары шифрленбейт.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Сырсөздү өзгөртүү мүмкүн болгон жок: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Маалымат кайра шифрленүүдө…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Өчүрүлүүдө…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Тренингдер жана иш-чаралар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлор</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондоштуруу</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Жөндөөлөр</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Түзмөктөр</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзөтүү</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өтүү</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Жардам</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Синхрондоштуруу пакетин &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттоо…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Азыр &amp;синхрондоштуруу</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>I&amp;ATI экспорттоо…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>Fältbok &amp;жөнүндө</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Ысык баскычтар</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Кийинки өтмөк</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Мурунку өтмөк</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлүмдөр</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Жаңы &amp;сырсөз</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Кай&amp;талаңыз</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңы сырсөз</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Жаңы сырсөздү кайталаңыз</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Кеминде %n белги</numerusform>
            <numerusform>Кеминде %n белги</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Сырсөздү жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Кеминде %n белги колдонуңуз: кыска сырсөз тез табылат.</numerusform>
            <numerusform>Кеминде %n белги колдонуңуз: кыска сырсөз тез табылат.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Эки сырсөз дал келбейт. Бир эле сырсөздү эки жолу жазыңыз.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Корголгон папкадан тышкары</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Бул файл Fältbok&apos;тун корголгон папкасынан тышкары, шифрсиз жазылат; ноутбук кимдин колунда болсо, ошол аны окуй алат. Тез өчүрүү аны жок кылбайт.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Баары бир ошол жерге сактоо</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>Сиздин %Ln оңдооңуздун үстүнөн жазылды — текшериңиз</numerusform>
            <numerusform>Сиздин %Ln оңдооңуздун үстүнөн жазылды — текшериңиз</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Сиздин өзгөртүүңүздү көрбөгөн бирөө кийинчерээк башка маани сактады, ошондуктан аныкы калды. Өзүңүздүкүн кайтаруу же аныкын калтыруу үчүн конфликттерди карап чыгууну ачыңыз ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Сырсөз коюу</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Сырсөздү алып салуу</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Fältbok бул ноутбукта сактаган бардык нерсе шифрленет жана ушул сырсөз менен гана ачылат. Ансыз маалыматты эч ким калыбына келтире албайт.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>Маалымат базасы, анын камдык көчүрмөлөрү жана бул түзмөктүн ачкычтары жаңы сырсөз менен кайра шифрленет. Эскиси иштебей калат.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Сырсөзсүз бул ноутбук кимдин колунда болсо, ошол катышуучулардын аттарын жана коддорун окуй алат. Ноутбук коопсуз жерден эч качан чыкпаса гана аны алып салыңыз.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Учурдагы сырсөз</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Сырсөз &amp;коюу</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Сырсөздү &amp;өзгөртүү</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Сырсөздү &amp;алып салуу</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Учурдагы сырсөздү жазыңыз.</translation>
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
        <translation>Бул индикаторго туура келбеген маанилер: {count}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Максат</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Баштапкы маани</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Максаттуу маани</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Акыркы маани</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Топтолгон</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Коргоо</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Бул ноутбуктагы маалымат сырсөз менен шифрленген.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>Бул ноутбуктагы маалыматтын сырсөзү жок: ноутбук кимдин колунда болсо, ошол катышуучулардын аттарын жана коддорун окуй алат.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>&amp;Сырсөз коюу…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сырсөздү ө&amp;згөртүү…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Сырсөздү алып салуу…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Азыр кулпулоо</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Тез &amp;өчүрүү…</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Бул жерде маалыматты өчүрүүнү же сырсөздү өзгөртүүнү координатор гана жасай алат. Туура эмес сырсөз өтө көп жазылса, кулпу экраны өчүрүүнү каалаган адамга сунуштайт.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Аракетсиз канча &amp;мүнөттөн кийин кулпулоо</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Fältbok кулпуланганга чейин аракетсиз мүнөттөр</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Эч качан</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Кан&amp;ча туура эмес сырсөздөн кийин өчүрүүнү сунуштоо</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Өчүрүү сунушталганга чейинки туура эмес сырсөздөр</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Сырсөз коюу</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сырсөздү өзгөртүү</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Сырсөздү алып салуу</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Тез өчүрүү</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ча&amp;птоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Макул</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Таштоо</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ооба</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жок</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Боштук</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Жокко чыгаруу</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Кайталоо</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ке&amp;сүү</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Кө&amp;чүрүү</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ча&amp;птоо</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Баарын тандоо</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Жаңы жазуу</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Жазууну түзөтүү</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Жашырылган; алмаштыруу үчүн жазыңыз</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Аттарды көрсөтүү</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Бул жазуунун жашырылган жеке талааларын көрсөтүү (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сактоо</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Жазууну сактоо (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Өзгөртүүлөрдү жокко чыгаруу</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сакталды.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Издөө: {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңы</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Жаңы жазуу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Тандалган жазууну өчүрүү (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Өчүрүлдү. Жокко чыгаруу: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазуу</numerusform>
            <numerusform>%Ln жазуу</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Издөө үчүн жазыңыз</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Варианттарды көрсөтүү (Alt+Төмөн)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Варианттарды көрсөтүү</translation>
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
        <translation>Excel китеби (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Отчетту сактоо</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Отчет жазылууда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Отчетту экспорттоо</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт жокко чыгарылды: эч кандай файл жазылган жок.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Долбоордун кыскача баяны</translation>
    </message>
    <message>
        <source>public</source>
        <translation>ачык</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>ички</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>«{title}» ({audience}, {format}) сакталды: {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Таблица</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
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
        <translation>Индикаторлор боюнча прогресс</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Жыныс жана курак боюнча катышуу</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Швециядагы адвокациянын аудиториялары</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Бюджетке карата төлөмдөр</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Маанилер</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Жынысы жана курагы</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Тренинг жыныс боюнча</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Тренинг курак боюнча</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Долбоор жыныс боюнча</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Долбоор курак боюнча</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Өнөктөш жыныс боюнча</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Өнөктөш курак боюнча</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Өлкө жыныс боюнча</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Өлкө курак боюнча</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Чейрек жыныс боюнча</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Чейрек курак боюнча</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Түрү өлкө боюнча</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Темалар боюнча</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Түрү максаттуу топ боюнча</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Чейрек максаттуу топ боюнча</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Долбоорлор боюнча</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Чейректер боюнча</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Максат</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Эмне өлчөнөт</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Баштапкы маани</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Максаттуу маани</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Учурдагы</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Акыркы мезгилдин аягы</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Мезгилдин башы</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Мезгилдин аягы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Чейрек</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Бардыгы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Төлөндү</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Бюджеттин үлүшү</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Калдык</translation>
    </message>
    <message>
        <source>University</source>
        <translation>ЖОЖдор</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Чечим кабыл алуучулар</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Китепканалар</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Көргөзмө залдары</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Кеңири коомчулук</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Чыпкалар</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Кимге арналган</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Ачык: 5тен аз сандар жашырылган</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Ички: так сандар</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Түзүлгөн (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Башы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аягы</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Бардыгы</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлор</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Төлөмдөр</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттоо…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX же CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>Долбоордун &amp;кыскача баяны…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Тандалган долбоор басып чыгарууга ылайык бир бетте (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Адегенде долбоорду тандаңыз: кыскача баян бир долбоор боюнча түзүлөт.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Ноутбуктун каттоосун жокко чыгаруу</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>«{name}» жокко чыгарылсынбы?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Анын келечектеги пакеттери бул жерде да, серверде да четке кагылат жана ал үчүн жооп пакети жазылбайт. Мурун жөнөткөндөрү башкы кеңсенин маалыматында калат. Муну артка кайтарууга болбойт: ноутбукту кайра колдонуу үчүн аны жаңыдан каттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Каттоону &amp;жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(өткөрүп жиберүү)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Туулган жылы же күнү</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Курагы (жыл)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Жаңы катышуучу</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Белгилүү: тизмеге кошулат</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Тизмеде бар</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Импорттолбойт</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Бул файл Fältbok окуй ала турган таблица же CSV файл эмес.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>Бул файлда катышуучулар жок.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Бул китеп сырсөз менен корголгон. Аны сырсөзсүз сактап, ошол көчүрмөнү импорттоңуз.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>Бул китепте натыйжалары сакталбаган формулалар бар. Аны таблица программасында ачып, сактап, кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Бул файл импорттоо үчүн өтө чоң (эң көп 100 000 сап).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>«{field}» талаасын эки мамыча толтурат; бирөөнү тандаңыз.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Жок дегенде бир мамычада эмне бар экенин тандаңыз.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Файлды окуу мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>Жаңы: {new}, белгилүү: {known}, тизмеде бар: {on_roster}, импорттолбойт: {rejected}.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Импорттолду. Жаңы катышуучулар: {new}; тизмеге кошулган белгилүүлөр: {known}; импорттолбогон саптар: {rejected}. Ctrl+Z бүт импортту жокко чыгарат.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сап</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Эмне болот</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Көйгөйлөр</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Катышуучулардын тизмесин импорттоо</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>Тренингдин тизмесине: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;тандоо…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдагы мамыча</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Мисал</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Толтурат</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Кайсы мамычада эмне бар</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала көрүү</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>Бул дал келтирүүнү өнөктөштүн тизмелери үчүн &amp;эстеп калуу</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттоо</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>Импорттолбогон саптарды &amp;сактоо…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Катышуучулардын тизмесин тандаңыз</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Тизмелер (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл окулууда…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>({n}-мамыча)</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>{column}-мамычада эмне бар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Импорттолбогон саптарды сактоо</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Импорттолбогон саптар ({count}) оңдоп, кайра импорттоо үчүн сакталды: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Импорттолбогон саптарды сактоо мүмкүн болгон жок: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Координатордун PIN-коду</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>Бул ноутбукта координатордун укуктары корголгон. Координатордун PIN-кодун же сырсөздү жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN-код же сырсөз</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>Координатордун PIN-коду же сырсөз</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Жооп пакеттери үчүн папка</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Жооп пакети жазыла турган ноутбук жок.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Жазылган жооп пакеттери: %Ln.</numerusform>
            <numerusform>Жазылган жооп пакеттери: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Муну координатор гана жасай алат.</translation>
    </message>
</context>
<context>
    <name>SessionPickerWidget</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Тренинг</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сабак</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабак</translation>
    </message>
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Бул {date} күнкү сабак, бүгүнкү ({today}) эмес.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Координатордун PIN-кодун коюу</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>Координатор болуу же бирөөнү координатор кылуу үчүн ушул PIN-код же сырсөз керек болот. Кеминде {n} белги; аны координаторлорго гана айтыңыз.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Жаңы &amp;PIN-код</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-код &amp;кайра</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>Координатордун жаңы PIN-коду</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>Координатордун жаңы PIN-коду кайра</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-кодто кеминде {n} белги болушу керек.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Эки PIN-код дал келбейт.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тил</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Учурдагы колдонуучу</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Баракта аттар</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Баракка катышуучулардын аттарын жазасызбы? Аттарсыз анда алардын коддору гана болот. Аттары бар барак жоголсо же бөтөн адам көрсө, андагы ар бир адамга коркунуч туулат.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Аттарсыз</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Аттар менен</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Excel китеби, бардык сабактар (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, бардык сабактар (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Катышуу барагын сактоо</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Катышкан сабактар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Сактоо мүмкүн болгон жок: {reason}</translation>
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
        <translation>Терезенин каалаган жеринде</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Тизмелер</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Формалар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Катышуу</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Жаңы катышуучунун формасы</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Синхрондоштуруу ▸ Конфликттер</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчеттор</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>1 … 9-бөлүмгө өтүү</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Түзмөктөргө өтүү (башкы кеңседе гана)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Бөлүмдүн кийинки өтмөгү</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Бөлүмдүн мурунку өтмөгү</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондоштуруу пакетин экспорттоо</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Башкы кеңседен файл импорттоо</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Башкы кеңсе менен азыр синхрондоштуруу</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Кулпулоо</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Үстүнөн жазылган оңдоолоруңузду карап чыгуу</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Кайталоо</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Ысык баскычтардын ушул тизмеси</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Тизмеден издөө</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңы жазуу</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Тандалган жазууну өчүрүү</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Форманы сактоо</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Жашырылган жеке талааларды көрсөтүү (уруксаты бар ролдор үчүн гана)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Коду жазылган катышуучунун катышуусун белгилөө</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>Тизмеде: катышуу белгисин которуу</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Жаңы катышуучуну кошуу</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Аттарды көрсөтүү (уруксаты бар ролдор үчүн гана)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Сабакты аяктады деп белгилөө</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Толтурулган баракты PDF катары сактоо</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Бош баракты PDF катары сактоо</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Катышуучулардын тизмесин тренингдин тизмесине импорттоо</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Код талаасына кайтуу</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Тренингди тандоо</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Сабакты тандоо</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Жаңы катышуучуну кошуу</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Форманы жабуу</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Четке коюлган маанини кайтаруу</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Учурдагы маанини калтыруу</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Отчетту экспорттоо (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Тандалган долбоордун бир беттик кыскача баянын сактоо</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Ысык баскычтар</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Баскычтар</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Эмне кылышат</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондоштуруу пакетин экспорттоо</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok синхрондоштуруу пакеттери (*.fbk);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Башкы кеңседен импорттоо</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Fältbok файлдары (*.fbk *.json *.enrol);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Синхрондоштуруу пакети жазылууда…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорттолууда…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Кайтарылууда…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Четке коюлган маани кайтарылды; ал кийинки синхрондоштуруу пакетиңиз менен башкы кеңсеге жөнөтүлөт.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталууда…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Учурдагы маани калат; конфликт жабылды.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Колдонулууда…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Муну координатор гана жасай алат.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(жашырылган: аты же байланыш)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бош)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Өчүрүлгөн</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазылган</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлчөмү</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Башкы кеңсе алды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Ооба, ырасталды</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Азырынча жок</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазуу</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Талаа</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Сакталган маани</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Сактады: ким, качан</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Четке коюлган маани</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Четке койду: ким, качан</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кайдан</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Өчүк: башкы кеңсенин дареги жок (Жөндөөлөр)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өчүк</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Башкы кеңсе менен синхрондоштуруу</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Сиз жазгандын баары бул ноутбукта сакталат жана интернетсиз иштейт. Өзгөртүүлөр башкы кеңсеге кол коюлган, шифрленген синхрондоштуруу пакеттеринде — USB-флешкада же тармак аркылуу жөнөтүлөт.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Бул түзмөк</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Каттоо</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Азырынча ырасталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Байланыштуу жазууларды күтүүдө</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Кармалган</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Акыркы синхрондоштуруу</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Автоматтык синхрондоштуруу</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Башкы кеңсенин ачкычы</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Пакетти &amp;экспорттоо…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Өзгөртүүлөрүңүздү башкы кеңсе үчүн жазуу (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондоштуруу пакетин экспорттоо</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттоо…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Башкы кеңседен пакетти же тастыктаманы, же каттоо файлын импорттоо (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттоо</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Азыр &amp;синхрондоштуруу</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Башкы кеңсенин сервери менен азыр синхрондоштуруу (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Азыр синхрондоштуруу</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Экспорттолгон пакеттер</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Конфликттер (%Ln)</numerusform>
            <numerusform>Конфликттер (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Кармалган (%Ln)</numerusform>
            <numerusform>Кармалган (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Башкы кеңседе катталган</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Бул маалымат папкасы — башкы кеңсе</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Азырынча катталган эмес: башкы кеңседен каттоо файлын импорттоңуз</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
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
        <translation>Колдонуучу жок</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Учурдагы колдонуучу</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Тармакта</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Тармак жок</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Тармак</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Өзгөртүүлөр саналууда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln өзгөртүү азырынча ырастала элек</numerusform>
            <numerusform>%Ln өзгөртүү азырынча ырастала элек</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Башкы кеңсе менен синхрондоштуруу</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Акыркы синхрондоштуруу: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>эч качан</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Бул файл башка башкы кеңсе же башка ноутбук үчүн шифрленген, ошондуктан аны бул жерде ачууга болбойт.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Бул файлдын кол тамгасы ноутбук катталган башкы кеңсеге дал келбейт: файл өзгөртүлгөн же башка жерден келген.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Бул файл башкы кеңсе эч качан каттабаган ноутбуктан келген.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Бул файл башкы кеңсе каттоосун жокко чыгарган ноутбуктан келген.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Бул файл өз ноутбугу үчүн катталган ачкыч менен эмес, башка ачкыч менен кол коюлган.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Бул файл синхрондоштуруу пакетиндей түзүлгөн эмес: ал бузулган, өтө чоң же зыян келтирүү үчүн жасалган.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Бул файл бузулган, толук эмес же Fältbok синхрондоштуруу файлы эмес.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Бул файлды Fältbok&apos;тун жаңыраак версиясы жазган. Колдонмону жаңыртып, аны кайра импорттоңуз.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Бул файлда Fältbok&apos;тун бул версиясы билбеген өзгөртүүлөр бар.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Бул ноутбук башкы кеңседе азырынча катталган эмес. Адегенде башкы кеңсе берген каттоо файлын импорттоңуз.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Бул маалымат папкасы — башкы кеңсе: синхрондоштуруу пакеттери ноутбуктарда жазылат.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Бул ноутбук буга чейин катталган же башка ат менен пакеттерди жөнөткөн. Каттоо файлы ноутбукту биринчи жолу каттоо үчүн гана.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Бул файл башка ноутбук же башкы кеңсе үчүн арналган.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Бул элемент мындан ары жок; тизме жаңыртылды.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Бул ноутбуктун синхрондоштуруу ачкычтары анын маалымат папкасында жок. Башкы кеңседен аны кайра каттоону сураныңыз.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok ал файлды окуй же жаза албайт. Башка жерди тандаңыз.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Мындай файл же папка жок.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Файлды окуу же жазуу мүмкүн болгон жок: диск толуп калган же флешка суурулган болушу мүмкүн.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Күтүлбөгөн ката кетти.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Синхрондоштуруу пакети жазылды: {path}. Андагы өзгөртүүлөр: %Ln.</numerusform>
            <numerusform>Синхрондоштуруу пакети жазылды: {path}. Андагы өзгөртүүлөр: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Бул ноутбукта калган аттар жана байланыштар: %Ln.</numerusform>
            <numerusform>Бул ноутбукта калган аттар жана байланыштар: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Башкы кеңсе пакетиңизди алганын ырастады (андагы өзгөртүүлөр: %Ln).</numerusform>
            <numerusform>Башкы кеңсе пакетиңизди алганын ырастады (андагы өзгөртүүлөр: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Башкы кеңседен кабыл алынган өзгөртүүлөр: %Ln.</numerusform>
            <numerusform>Башкы кеңседен кабыл алынган өзгөртүүлөр: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Бул жерде азырынча жок жазууларды күтүүдө: %Ln.</numerusform>
            <numerusform>Бул жерде азырынча жок жазууларды күтүүдө: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Координатор үчүн кармалган (келечек менен даталанган): %Ln.</numerusform>
            <numerusform>Координатор үчүн кармалган (келечек менен даталанган): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Карап чыгуу керек болгон конфликттер: %Ln.</numerusform>
            <numerusform>Карап чыгуу керек болгон конфликттер: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Бул ноутбук эми башкы кеңседе «{name}» катары катталды. Ишиңизди жөнөтүү үчүн синхрондоштуруу пакетин экспорттоңуз.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Колдонулган кармалган өзгөртүүлөр: %Ln.</numerusform>
            <numerusform>Колдонулган кармалган өзгөртүүлөр: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Ноутбуктардан келген пакеттерди тандаңыз</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok синхрондоштуруу пакеттери (*.fbk);;Бардык файлдар (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Тастыктамалар үчүн папка</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Муну координатор гана жасай алат.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Пакеттерди кабыл алуу</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Ноутбуктардан келген пакеттерди (.fbk) бул жерге таштаңыз же кошуңуз. Ар бири өзүнчө текшерилип бириктирилет: четке кагылган пакет эч нерсени өзгөртпөйт.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Кабыл алына турган пакеттер</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Натыйжалар</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>Пакеттерди &amp;кошуу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып салуу</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>Тастыктамалар &amp;папкасы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Тандоо…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>Кабыл а&amp;луу</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабуу</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v / %m пакет</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>At most {limit} characters</source>
        <translation>Эң көп {limit} белги</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Жокко чыгаруу же кайталоо мүмкүн болгон жок: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>жазуу мындан ары жок</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>Жаңы жазуу: {list}</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Түзөтүү: {list}</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>Өчүрүү: {list}</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok кулпуланган</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Бул ноутбуктагы маалымат шифрленген. Аны ачуу үчүн сырсөздү жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Сырсөз</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Сырсөз</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Кулпусун ачуу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Чыгуу</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>Бардык маалыматты &amp;өчүрүү…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Бардык маалыматты өчүрүү</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>Акыркы ачылгандан бери %n туура эмес аракет.</numerusform>
            <numerusform>Акыркы ачылгандан бери %n туура эмес аракет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Сырсөздү жазыңыз.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ачылууда…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Сырсөз туура эмес. Fältbok кулпуланган бойдон калат.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok маалымат базасын ача алган жок: {error}</translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Бул ноутбук үчүн коюлган туура эмес аракеттердин чеги ушул. Зарыл болсо, андагы Fältbok&apos;тун бардык маалыматын азыр өчүрө аласыз.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сакталбаган өзгөртүүлөр</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>«{name}» боюнча өзгөртүүлөрүңүз азырынча сактала элек.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>«{list}» тизмесиндеги жаңы жазуу азырынча сактала элек.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Аларды сактап улантыңыз, таштап улантыңыз же түзөтүүнү улантуу үчүн жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сактоо</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Таштоо</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Fältbok&apos;ту ким колдонуп жатат?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Колдонуучуңузду тандаңыз же жаңысын түзүңүз. Катышуучулардын аттарын көрсөтүүгө болобу — ролуңузга жараша.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Колдонуучу</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Же жаңы колдонуучу: &amp;аты</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Ролу</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Колдонуучу</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Жаңы колдонуучунун аты</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Жаңы колдонуучунун ролу</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Тандоо</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Түзүү жана тандоо</translation>
    </message>
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Колдонуучуларды түзүүнү же ролдорду өзгөртүүнү координатор гана жасай алат. Көбүрөөк укугу бар колдонуучуга өтүү үчүн координатордун PIN-коду же сырсөз суралат.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Бул ноутбукта ролдор корголгон эмес: каалаган адам координатор болуп, аттарды көрө алат. Аларды коргоо үчүн координатордун PIN-кодун (же сырсөздү) коюңуз.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Координатордун &amp;PIN-кодун коюу…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>Координатордун PIN-коду же сырсөз туура эмес. {n} туура эмес аракеттен кийин PIN-код бөгөттөлдү: анын ордуна сырсөздү жазыңыз.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>Координатордун PIN-коду же сырсөз туура эмес ({limit} аракеттин {failures} колдонулду). Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Бул үчүн координатордун PIN-коду же сырсөз керек. Эч нерсе өзгөргөн жок.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-кодто кеминде {n} белги болушу керек.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>Координатордун PIN-кодун координатор гана коё алат.</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Жаңы катышуучу</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Милдеттүү эмес</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Кошуу жана белгилөө</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Аудит журналынын жазуулары</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok бул ноутбуктагы маалыматын жок кылды (%Ln файл).</numerusform>
            <numerusform>Fältbok бул ноутбуктагы маалыматын жок кылды (%Ln файл).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>Маалымат базасы кулпуланган болчу, ошондуктан Fältbok башкы кеңсе ырастабаган өзгөртүүлөрдү санай алган жок. Синхрондоштурула электин баары жоголду.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Башкы кеңсе бардык өзгөртүүлөрдү ырастаган болчу: жөнөтүлбөгөн эч нерсе жоголгон жок.</translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Башкы кеңсе ырастабаган бул %Ln өзгөртүү жоголду:</numerusform>
            <numerusform>Башкы кеңсе ырастабаган бул %Ln өзгөртүү жоголду:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Бардык маалыматты өчүрүү</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Бул ноутбуктан Fältbok&apos;тун бардык маалыматын өчүрөсүзбү?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Бул маалымат базасын, анын камдык көчүрмөлөрүн, экспорттолгон синхрондоштуруу пакеттерин жана бул түзмөктүн ачкычтарын дароо жок кылат. Муну кайтарууга болбойт, сырсөз да эч нерсени кайтарбайт.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>Баарын &amp;өчүрүү</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Баарын өчүрүү</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Башкы кеңсе азырынча ырастабаган өзгөртүүлөр саналууда…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>Маалымат базасы кулпуланган, ошондуктан Fältbok башкы кеңсе азырынча ырастабаган өзгөртүүлөрдү санай албайт. Синхрондоштурула электин баары жоголот.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Башкы кеңсе бул ноутбукта жасалган бардык өзгөртүүлөрдү ырастады: жөнөтүлбөгөн эч нерсе жоголбойт.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Башкы кеңсе бул %Ln өзгөртүүнү азырынча ырастай элек. Алар жоголот:</numerusform>
            <numerusform>Башкы кеңсе бул %Ln өзгөртүүнү азырынча ырастай элек. Алар жоголот:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Маалымат өчүрүлдү</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Өчүрүү аягына чыккан жок</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Өчүрүү аягына чыккан жок: {error}. Кээ бир файлдар калышы мүмкүн; кайра аракет кылыңыз.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Өлкө</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Аймак</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыш</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темалар</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Сезимталдык</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Өнөктөш</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Аталышы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Башталышы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аякташы</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Абалы</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Аттарды башкы кеңсеге жөнөтүүгө болот</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Долбоор</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сүрөттөмө</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Максат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бирдик</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Эмне өлчөнөт</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Маанилер мезгилдер боюнча кошулат</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Баштапкы маани</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Максаттуу маани</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Жыныс боюнча</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Курак топтору боюнча</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Мезгилдин башы</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Мезгилдин аягы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Маани</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Бөлүштүрүү</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Булак</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эскертүү</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Төлөнгөн күнү</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Суммасы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрү</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Темасы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орду</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Фасилитаторлор</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Аудиториянын көлөмү</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Иш‑чара</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датасы</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяктады</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Курак тобу</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Уюм</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Макулдук берилди</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабак</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Катышуучу</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Катышты</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ролу</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Барган күнү</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автору</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Эскертмелер</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тиркемелер</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлору</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Жарыяланган күнү</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тил</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб‑дарек</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Аудитория: ЖОЖ кызматкерлери</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Аудитория: студенттер</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Аудитория: чечим кабыл алуучулар</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Аудитория: китепканалар</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Аудитория: көргөзмө залдары</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Аудитория: кеңири коомчулук</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ачык ачкыч</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Түзмөктөр</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Колдонуучулар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Өнөктөштөр</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Долбоорлор</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Максаттар</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлор</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Индикаторлордун маанилери</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Төлөмдөр</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Иш-чаралар</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренингдер</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сабактар</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Катышуучулар</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Тизмелер</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Катышуу жазуулары</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Иш сапарлар</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Талаа отчеттору</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Басылмалар</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Адвокациялык иш-чаралар</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казакстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тажикстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түркмөнстан</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Feminism</source>
        <translation>Феминизм</translation>
    </message>
    <message>
        <source>LGBTQ+ rights</source>
        <translation>ЛГБТК+ укуктары</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Жаштар жана демократия</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Конфликттерди трансформациялоо</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Айлана-чөйрө жана климат</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Пермакультура жана азык-түлүк эгемендүүлүгү</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Адам укуктары</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Кадимки</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Сезимтал</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жогорку тобокелдик</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Пландалган</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активдүү</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Лекция</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Көргөзмө</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>Ролдук оюндар күнү</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Коомдук угуу</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Талаа сапары</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчет</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Макала</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Аналитикалык кат</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Китеп</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Аял</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Эркек</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Бинардык эмес</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Көрсөтүлгөн эмес</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18ге чейин</translation>
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
        <translation>50 жана андан улуу</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгисиз</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Талаа кызматкери</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Стажер</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Кызматкер</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Сан</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Пайыз</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Милдеттүү талаа.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Тизмедеги маанилердин бирин тандаңыз.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>«{start}» датасынан эрте боло албайт.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Терс боло албайт.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Өтө узун: эң көп {limit} белги.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Текст эмес белгини камтыйт.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>Сан өтө чоң.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Жараксыз дата.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Жараксыз сан.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Жараксыз маани.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Мындан ары жок жазууга шилтеме берет.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Бул тренингдин катышуучулар тизмесинде жок.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Башка жазууда колдонулуп жатат.</translation>
    </message>
    <message>
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>«{value}» — Fältbok мындай маанини билбейт.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>Файлда эки жолу бар (биринчиси {line}-сапта).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Импорттоого эч нерсе жок.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Кабыл алынган жок ({code}).</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Бүтүн сан болушу керек.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} менен {high} ортосунда болушу керек.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Бул индикатор жыныс боюнча бөлүштүрүлбөйт.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Бул индикатор курак топтору боюнча бөлүштүрүлбөйт.</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Жыныс боюнча бөлүштүрүүнүн суммасы {total}, ал эми маани {value}.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Курак топтору боюнча бөлүштүрүүнүн суммасы {total}, ал эми маани {value}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Жокко чыгаруу</translation>
    </message>
</context>
</TS>
