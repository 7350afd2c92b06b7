<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>Fältbok туралы</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Centralasiengrupperna үшін желісіз далалық деректер. GNU GPL 3-нұсқасы немесе одан кейінгі нұсқасы бойынша еркін бағдарлама.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқасы:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>құпия фразамен шифрланған (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>шифрланбаған (құпия фраза орнатылмаған)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Құрылғы:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Жүйе:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Қолданбаның және оның құрамындағылардың лицензиялары:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>Қолдау қызметі үшін &amp;көшіру</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>&amp;Лицензиялар қалтасын ашу</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG суреті</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>HEIC суреті</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP суреті</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word құжаты</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel кестесі</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument мәтіні</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument кестесі</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Қарапайым мәтін</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>бұл ноутбукта әзірге жоқ</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Тіркеу үшін файлдарды осы жерге сүйреп әкеліңіз</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Файлдарды тіркеу</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Фотосуреттер, PDF, құжаттар және мәтін</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Барлық файлдар</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>«%1» көлемі %2: %3 дейінгі файлдарды ғана тіркеуге болады.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>«%1» тіркелмейді: тек фотосуреттерді (JPEG, PNG, HEIC, WebP), PDF, кеңсе құжаттарын және қарапайым мәтінді тіркеуге болады.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«%1» оқылмады.</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Бұл файл бұл ноутбукқа әлі жеткен жоқ.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Бұл файл фотосурет, PDF, кеңсе құжаты немесе қарапайым мәтін емес; ол ашылмайды.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Парақ сақталды: {path}.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Қатысуды белгілеу үшін код немесе аты</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Кодтың бір бөлігін жазып, Enter басыңыз</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Қатысушылар тізімі</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Жаңа қатысушы…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Тізімде жоқ адамды қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Аттарды көрсету</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Қатысушылардың аттарын көрсету (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Сабақты аяқтау</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Толтырылған парақ…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Қатысқандар белгіленген парақты PDF ретінде сақтау (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Тізімді импорттау…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Серіктестің тізімін (Excel, CSV, Kobo) осы тізімге қосу (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Бос парақ…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Қолмен толтыру үшін бос парақты сақтау (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>Тізімде «{text}» бойынша ешкім табылмады. Ctrl+N жаңа қатысушыны қосады.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n қатысушы табылды; тағы жазыңыз немесе бағыт пернелері мен бос орынды пайдаланыңыз.</numerusform>
            <numerusform>%n қатысушы табылды; тағы жазыңыз немесе бағыт пернелері мен бос орынды пайдаланыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code}: қатысуда.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code}: қатысу белгісі алынды.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code}: қатысуда деп белгіленген.</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code} тізімге қосылды және қатысуда.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} бұрын тіркелген: енді осы тізімде және қатысуда.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Бұл сабақ аяқталды деп бұрын белгіленген.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>«{training}» тренингінің {session} сабағын аяқталды деп белгілейсіз бе?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Аяқталды деп белгілеу</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>{session} сабағы аяқталды деп белгіленді. Ctrl+Z мұны болдырмайды.</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Сіздің рөліңіз қатысушылардың аттарын көрсетпейді.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Қатысу парағы</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Қатысты: {total} ішінен {present}</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>{code} қатысуын белгілеу</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>{code} белгісін алу</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>жаңа қатысушы {code} қосылды</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>{code} осы тізімге қосылды</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>{session} сабағын аяқтау</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>{session} сабағын қайта ашу</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>тізім импортталды (тізімде: {code})</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Болдырылмады: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Қайталанды: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>жазба енді жоқ</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Болдырмау немесе қайталау мүмкін болмады ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Бұл деректер қалтасы — бас кеңсе: ноутбуктар онымен синхрондалады.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Сомасы: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>Шетке қойылған мәнді &amp;қайтару</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Ұтылған мәнді жаңа өзгеріс ретінде қайтадан ағымдағы ету (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Шетке қойылған мәнді қайтару</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>Ағымдағы мәнді қ&amp;алдыру</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Қайшылықты жабу және ұтқан мәнді қалдыру (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Ағымдағы мәнді қалдыру</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Қайшылықтар жоқ: әр өрістің бір келісілген мәні бар.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>Екі адам синхрондауға дейін бір өрісті өзгертсе, кейінгі өзгеріс сақталып, екіншісі шетке қойылады. Әрқайсысын тексеріңіз: шетке қойылған мәнді қайтарыңыз немесе ағымдағысын қалдырыңыз.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>Екі адам синхрондауға дейін бір өрісті өзгертсе, кейінгі өзгеріс сақталып, екіншісі шетке қойылады. Шетке қойылған мән өз түзетуіңіз болса, оны қайтарыңыз немесе ағымдағысын қалдырыңыз; қалғандарын тек үйлестіруші шеше алады.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>Екі адам синхрондауға дейін бір өрісті өзгертсе, кейінгі өзгеріс сақталып, екіншісі шетке қойылады. Шетке қойылған мәнді қайтаруды немесе қайшылықты жабуды тек үйлестіруші жасай алады.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Қазір қатысуда</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Күнді жазыңыз, мысалы {example}. Alt+Төмен немесе F4 күнтізбені ашады.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Күнтізбе (Alt+Төмен)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>«{text}» — күн емес. Былай жазыңыз: {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Әзірге пакет жоқ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылған</translation>
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
        <translation>ешқашан</translation>
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
        <translation>Иә</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Тіркелген</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Біріктірілген өзгерістер</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Жауап күтуде</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Сервер: соңғы байланыс</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>«{name}» тіркелді; оның тіркеу файлы: {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Мұны тек үйлестіруші жасай алады.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Бас кеңсенің ноутбуктары</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Жаңа ноутбуктарды тіркеңіз, олар жіберген пакеттерді қабылдаңыз, жауап пакеттерін жазыңыз және жоғалған не ұрланған ноутбуктың тіркеуін кері қайтарыңыз. Пакеттерді (.fbk) қабылдау үшін осында тастаңыз.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Ноутбуктарды тек үйлестіруші басқара алады. Баптауларда үйлестірушіге ауысыңыз.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Ноутбуктарды іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуктар</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>Ноутбукты &amp;тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>Пакеттерді &amp;қабылдау…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Жауап &amp;жіберу…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>Барлығына ж&amp;ауап…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Кері қайта&amp;ру…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Жаңа ноутбук үшін тіркеу файлын жазу</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Ноутбуктар жіберген пакеттерді біріктіру және олардың түбіртектерін жазу</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Таңдалған ноутбук үшін жауап пакетін жазу</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Әр ноутбук үшін жауап пакетін жазу, әрқайсысына бір файл</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>Бұдан былай таңдалған ноутбуктың пакеттерін қабылдамау</translation>
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
            <numerusform>Ноутбуктар арасындағы қайшылықтар (%Ln)</numerusform>
            <numerusform>Ноутбуктар арасындағы қайшылықтар (%Ln)</numerusform>
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
        <translation>Тіркеу файлын сақтау</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Тіркеу файлдары (*.enrol);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Тіркеу файлын қайда сақтайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Мұны тек үйлестіруші жасай алады.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>Сервер мекенжайы мен кілт ізінің QR-коды</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(жоқ: пакеттер қолмен тасымалданады)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Ноутбукты тіркеу</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Бас кеңсе жаңа ноутбук үшін тіркеу файлын жазады. Оны USB-жинақтауышпен апарып, ноутбукта импорттаңыз (Синхрондау ▸ Импорттау). Аумақ ноутбукта не сақталатынын анықтайды: all немесе country:КОД және partner:ID элементтері.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>Ноутбук &amp;атауы</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>А&amp;умақ</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>Сервер &amp;мекенжайы (міндетті емес)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Сақтау орны</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>&amp;Тіркеу және сақтау</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Дайын</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>Файлды импорттағаннан кейін ноутбуктағы Синхрондау беті дәл осы сервер мекенжайы мен кілт ізін көрсетеді: оларды салыстырыңыз немесе осы кодты сканерлеңіз.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Бас кеңсенің кілті</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Бір реттік құпия</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Бір реттік құпия файлда және тек қазір көрсетіледі: бас кеңсе оны қайта көрсетпейді. Ноутбук алғашқы пакетін жібергенше файлды қауіпсіз жерде сақтаңыз.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>«{name}» үшін тіркеу файлы сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (диаграммалар мен кестелер)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel кітабы (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Excel үшін BOM-мен бастау</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ашық (5-тен аз сандар жасырылады)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ішкі (нақты сандар)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Пішім</translation>
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
        <translation>Бірдеңе дұрыс болмай, соңғы әрекет аяқталмады. Сіз жазғандар сақталған. Толығырақ деректер қалтасындағы журнал файлында.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Басы</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Соңы</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Жоба</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Се&amp;ріктес</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Ел</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>А&amp;удитория</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Барлық елдер</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Ашық (5-тен аз сандар жасырылады)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Ішкі (нақты сандар)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Осы ноутбуктағы деректерді қорғаңыз</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Қатысушыларды құпия фразамен қорғаңыз</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok сіздің семинарларыңызға келген адамдардың аттары мен кодтарын сақтайды. Егер бұл ноутбук жоғалса немесе тәркіленсе, ол кімнің қолына түссе де, олардың кім екенін білмеуі керек. Құпия фразамен Fältbok сақтайтынның бәрі шифрланады және тек сонымен ашылады.

Есте сақтай алатыныңызды таңдаңыз: онсыз деректерді ешкім, тіпті бас кеңсе де қалпына келтіре алмайды. Оны кейін Баптауларда да орнатуға болады.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Құпия фразаны &amp;орнату</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>Құпия фразасыз &amp;жалғастыру</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok дерекқорын дайындай алмады: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Ұсталған өзгерістер</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>Ұсталған өзгерістерді &amp;қолдану</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Ұсталған өзгерістерді қолдану</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Ұсталған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>Бұл өзгерістер бір тәуліктен астам болашақ күнмен белгіленген, яғни қай бір ноутбуктың сағаты дұрыс болмаған сияқты. Сіз рұқсат бермейінше олар қолданылмайды.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>Бұл өзгерістер бір тәуліктен астам болашақ күнмен белгіленген, яғни қай бір ноутбуктың сағаты дұрыс болмаған сияқты. Оларды тек үйлестіруші қолдана алады.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Жинақталған</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Бөліну</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Ноутбукқа атау беріңіз.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>«{name}» атты ноутбук бұрыннан тіркелген: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Сервер мекенжайы https://hq.example.org сияқты веб-мекенжай емес.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Бұл ноутбук алғашқы пакетін әлі жіберген жоқ; алдымен соны қабылдаңыз.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Аумақ жарамсыз: all немесе үтірмен бөлінген country:КОД және partner:ID элементтерін жазыңыз, бас кеңседе бар серіктестерді көрсетіп.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>«{name}» ноутбугынан бұрыннан қабылданған; оның түбіртегі қайта жазылды.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>«{name}» ноутбугынан біріктірілді: %Ln өзгеріс.</numerusform>
            <numerusform>«{name}» ноутбугынан біріктірілді: %Ln өзгеріс.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Байланысты жазбаларды күтуде: %Ln.</numerusform>
            <numerusform>Байланысты жазбаларды күтуде: %Ln.</numerusform>
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
            <numerusform>Қарауды қажет ететін қайшылықтар: %Ln.</numerusform>
            <numerusform>Қарауды қажет ететін қайшылықтар: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Түбіртекті жазу мүмкін болмады: оны жазу үшін файлды қайта қабылдаңыз.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>«{name}»: ештеңе жазылмады. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>«{name}»: {file} ішінде %Ln өзгеріс.</numerusform>
            <numerusform>«{name}»: {file} ішінде %Ln өзгеріс.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>«{name}» кері қайтарылды: бұдан былай оның пакеттері қабылданбайды. Бұрын жібергені сақталады.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>қол қойылған сұрау</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>пакет сақталды</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>пакет біріктірілді</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>пакет қабылданбады ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Желіге қосылған ноутбуктар сервермен өздері синхрондалады. Сервері жоқ кеңсе серверді осы жерде іске қоса алады: бағдарлама құлыпталып тұрғанда да ол жұмысын жалғастырады, бағдарлама жабылғанда тоқтайды.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>&amp;Тыңдау мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Жұмыс істеп тұр (осы бағдарлама іске қосқан)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Іске қосылуда…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Жұмыс істеп тұр (басқа жерде іске қосылған)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Жұмыс істемейді</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Соңғы іске қосу сәтсіз болды: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>Серверді &amp;іске қосу</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>Серверді т&amp;оқтату</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>Соңғы &amp;сұраулар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Соңғы сұраулар</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Fältbok бағдарламасынан шығу</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Сервер жұмыс істеп тұр. Бағдарламадан шықсаңыз, ол тоқтайды.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>Сервер тоқтап тұрғанда ноутбуктар бас кеңсемен синхрондала алмайды. Олар өзгерістерін сақтап, сервер қайта іске қосылғанда жібереді.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Серверді тоқтатып, &amp;шығу</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Жұмысын жалғастыру</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Сақталды. Байланыс болған кезде Fältbok осы мекенжаймен өзі синхрондалады.</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>Сервер &amp;мекенжайы</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Бұл деректер қалтасы — бас кеңсе: сервер осы</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Мекенжайды сақтау</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Бұдан былай осы сервермен синхрондау</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Synced just now</source>
        <translation>Жаңа ғана синхрондалды</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln минут бұрын синхрондалды</numerusform>
            <numerusform>%Ln минут бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln сағат бұрын синхрондалды</numerusform>
            <numerusform>%Ln сағат бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln күн бұрын синхрондалды</numerusform>
            <numerusform>%Ln күн бұрын синхрондалды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>келесі әрекет %Ln секундтан кейін</numerusform>
            <numerusform>келесі әрекет %Ln секундтан кейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>келесі әрекет %Ln минуттан кейін</numerusform>
            <numerusform>келесі әрекет %Ln минуттан кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>кері қайтарылған</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>онда тіркелмеген</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>қолтаңба қабылданбады (ноутбуктың күні мен уақытын тексеріңіз)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Өзгерістер бас кеңсеге жіберілуде… {percent} %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Байланыс күтілуде</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Бас кеңсе бұл ноутбукты қабылдамады: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Синхрондау сәтсіз: сервер сертификатына сенім жоқ</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Синхрондау сәтсіз: бас кеңсе күтпеген жауап берді</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Синхрондау тоқтады: бұл ноутбук әлі тіркелмеген</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Синхрондау тоқтады: бас кеңсенің мекенжайы жоқ</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Бас кеңсемен синхрондалды: жіберетін не алатын жаңа ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Бас кеңсемен синхрондалды.</translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Жіберілген өзгерістер: %Ln.</numerusform>
            <numerusform>Жіберілген өзгерістер: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Бас кеңсе растаған пакеттер: %Ln.</numerusform>
            <numerusform>Бас кеңсе растаған пакеттер: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Бас кеңседен қабылданған өзгерістер: %Ln.</numerusform>
            <numerusform>Бас кеңседен қабылданған өзгерістер: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Бас кеңсемен байланысу мүмкін болмады. Fältbok өзі қайта әрекет етеді; өзгерістеріңіз осы ноутбукта сақталады.</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Бас кеңсемен байланыс тым баяу болғандықтан үзілді. Fältbok өзі қайта әрекет етіп, жүктеуді тоқтаған жерінен жалғастырады.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Сервер сертификатына сенім жоқ, сондықтан ештеңе жіберілмеді. Бас кеңсенің мекенжайын Баптаулардан тексеріңіз.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Бас кеңсе бұл ноутбукты қабылдамады: {reason}. Не істеу керектігін бас кеңседен сұраңыз; өзгерістеріңіз осы ноутбукта сақталады.</translation>
    </message>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Бас кеңсе Fältbok-тың бұл нұсқасы түсінбейтіндей жауап берді. Қолданбаны жаңартыңыз немесе бас кеңседен сұраңыз.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Бас кеңсенің мекенжайы орнатылмаған. Оны Баптауларда енгізіңіз.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Бұл ноутбук бас кеңседе әлі тіркелмеген. Алдымен бас кеңсе берген тіркеу файлын импорттаңыз.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Синхрондау сәтсіз аяқталды.</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Fältbok бұл веб-мекенжайды пайдалана алмайды. Оны былай жазыңыз: https://hq.example.org (http:// — тек осы компьютердегі сервер үшін).</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>IATI экспорттау</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>{0} файлына %n IATI іс-шарасы жазылды.</numerusform>
            <numerusform>{0} файлына %n IATI іс-шарасы жазылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Ештеңе жазылмады: алдымен Баптауларда ұйымның IATI идентификаторын орнатыңыз.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Ештеңе жазылмады: Баптаулардағы ұйымның IATI идентификаторы немесе атауы жарамсыз.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Ештеңе жазылмады: жариялайтын жобалар жоқ.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Ештеңе жазылмады: «{0}» жобасы IATI файлын жарамсыз етер еді ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Ештеңе жазылмады: файлды сонда сақтау мүмкін болмады ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Ештеңе жазылмады: IATI файлын жасау мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>&amp;IATI ұйымы</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Идентификатор, мыс. SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>Ұйымның IATI идентификаторы</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Ұйымның атауы</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>Ұйымның IATI атауы</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Ұйымды сақтау</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Сақталды. Бұдан былай IATI файлдары осы ұйымды көрсетеді.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Сақталмады: идентификатор әріптерден, цифрлардан, нүктелер мен дефистерден тұрады (мысалы, SE-ON-802005-9839), атауы — қарапайым мәтін.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Индикаторлар бойынша прогресс</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Кезең бойынша мәндер</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>«{name}» мәндері, кезең бойынша</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Мәндер, кезең бойынша</translation>
    </message>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Индикаторына сәйкес келмейтін мәндер (қызылмен белгіленген): {count}. Екі ноутбуктан біріктірілген өрістер сәйкеспеуі мүмкін; оларды «Индикатор мәндері» бөлімінде түзетіңіз.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Fältbok-ты қазір құлыптау ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Құпия фразасыз Fältbok құлыптала алмайды. Оны Баптауларда орнатыңыз.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Бұл ағымдағы құпия фраза емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Бұл ноутбуктағы деректер енді шифрланған.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Құпия фраза өзгертілді.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Құпия фраза алып тасталды: деректер енді шифрланбайды.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Құпия фразаны өзгерту мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Деректер қайта шифрлануда…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Өшірілуде…</translation>
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
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Тренингтер мен іс-шаралар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлар</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
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
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Синхрондау пакетін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>I&amp;ATI экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>Fältbok &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Келесі қойынды</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Алдыңғы қойынды</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Жаңа &amp;құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>Қай&amp;талаңыз</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Кемінде %n таңба</numerusform>
            <numerusform>Кемінде %n таңба</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Құпия фразаны жазыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Кемінде %n таңба пайдаланыңыз: қысқа құпия фраза тез табылады.</numerusform>
            <numerusform>Кемінде %n таңба пайдаланыңыз: қысқа құпия фраза тез табылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Екі құпия фраза сәйкес келмейді. Бір фразаны екі рет жазыңыз.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Қорғалған қалтадан тыс</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Бұл файл Fältbok-тың қорғалған қалтасынан тыс, шифрсыз жазылады; ноутбук кімнің қолында болса, сол оны оқи алады. Жылдам өшіру оны жоймайды.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Бәрібір сонда сақтау</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>Сіздің %Ln түзетуіңіздің үстінен жазылды — тексеріңіз</numerusform>
            <numerusform>Сіздің %Ln түзетуіңіздің үстінен жазылды — тексеріңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Сіздің өзгерісіңізді көрмеген біреу кейінірек басқа мәнді сақтады, сондықтан соныкі қалды. Өзіңіздікін қайтару немесе соныкін қалдыру үшін қайшылықтарды қарауды ашыңыз ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Құпия фраза орнату</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Құпия фразаны алып тастау</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Fältbok осы ноутбукта сақтайтынның бәрі шифрланады және тек осы құпия фразамен ашылады. Онсыз деректерді ешкім қалпына келтіре алмайды.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>Дерекқор, оның сақтық көшірмелері және осы құрылғының кілттері жаңа құпия фразамен қайта шифрланады. Ескісі жұмыс істемей қалады.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Құпия фразасыз бұл ноутбук кімнің қолында болса, сол қатысушылардың аттары мен кодтарын оқи алады. Ноутбук қауіпсіз жерден ешқашан шықпаса ғана оны алып тастаңыз.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Ағымдағы құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>Құпия фразаны &amp;орнату</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Құпия фразаны &amp;өзгерту</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>Құпия фразаны алып &amp;тастау</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Ағымдағы құпия фразаны жазыңыз.</translation>
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
        <translation>Осы индикаторға сәйкес келмейтін мәндер: {count}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Соңғы мән</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Жинақталған</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Қорғау</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Бұл ноутбуктағы деректер құпия фразамен шифрланған.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>Бұл ноутбуктағы деректердің құпия фразасы жоқ: ноутбук кімнің қолында болса, сол қатысушылардың аттары мен кодтарын оқи алады.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>Құпия фразаны &amp;орнату…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Құпия фразаны &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Құпия фразаны алып тастау…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Қазір құлыптау</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Жылдам &amp;өшіру…</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Мұнда деректерді өшіруді немесе құпия фразаны өзгертуді тек үйлестіруші жасай алады. Қате құпия фраза тым көп жазылса, құлып экраны өшіруді кез келген адамға ұсынады.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>&amp;Әрекетсіз неше минуттан соң құлыптау</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Fältbok құлыпталғанға дейінгі әрекетсіз минуттар</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ешқашан</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Неше &amp;қате құпия фразадан соң өшіруді ұсыну</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Өшіру ұсынылғанға дейінгі қате құпия фразалар</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Құпия фраза орнату</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Құпия фразаны алып тастау</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Жылдам өшіру</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қ&amp;иып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Қиып а&amp;лу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Кіріс&amp;тіру</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Жазбаны түзету</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Жасырылған; ауыстыру үшін жазыңыз</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Аттарды көрсету</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Осы жазбаның жасырылған жеке өрістерін көрсету (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Жазбаны сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Іздеу: {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Жаңа жазба (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Таңдалған жазбаны жою (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Жойылды. Болдырмау: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln жазба</numerusform>
            <numerusform>%Ln жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Іздеу үшін жазыңыз</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Нұсқаларды көрсету (Alt+Төмен)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Нұсқаларды көрсету</translation>
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
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт тоқтатылды: ешқандай файл жазылмады.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Жоба бойынша қысқаша шолу</translation>
    </message>
    <message>
        <source>public</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>ішкі</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>«{title}» ({audience}, {format}) сақталды: {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Кесте</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Кесте</translation>
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
        <translation>Индикаторлар бойынша прогресс</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Жынысы мен жасы бойынша қатысу</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Швециядағы адвокация аудиториялары</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Бюджетке шаққандағы төлемдер</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Мәндер</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Жынысы мен жасы</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Тренинг жынысы бойынша</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Тренинг жасы бойынша</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Жоба жынысы бойынша</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Жоба жасы бойынша</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Серіктес жынысы бойынша</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Серіктес жасы бойынша</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Ел жынысы бойынша</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Ел жасы бойынша</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Тоқсан жынысы бойынша</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Тоқсан жасы бойынша</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Түрі ел бойынша</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Тақырыптар бойынша</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Түрі мақсатты топ бойынша</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Тоқсан мақсатты топ бойынша</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Жобалар бойынша</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Тоқсандар бойынша</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Не өлшенеді</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ағымдағы</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Соңғы кезеңнің соңы</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
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
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тақырып</translation>
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
        <translation>Төленді</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Бюджеттегі үлесі</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>University</source>
        <translation>ЖОО</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Шешім қабылдаушылар</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Кітапханалар</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Көрме залдары</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Жалпы жұртшылық</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Сүзгілер</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Ашық: 5-тен аз сандар жасырылған</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Ішкі: нақты сандар</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Жасалған (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX немесе CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>Жоба бойынша &amp;шолу…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Таңдалған жоба басып шығаруға арналған бір бетте (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Алдымен жобаны таңдаңыз: шолу бір жоба бойынша жасалады.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Ноутбуктың тіркеуін кері қайтару</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>«{name}» кері қайтарылсын ба?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Оның болашақ пакеттері осында да, серверде де қабылданбайды және оған жауап пакеті жазылмайды. Бұрын жібергені бас кеңсенің деректерінде қалады. Мұны болдырмау мүмкін емес: ноутбукты қайта пайдалану үшін оны жаңадан тіркеңіз.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Кері қайтару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(өткізіп жіберу)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Туған жылы немесе күні</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Жасы (жыл)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Белгілі: тізімге қосылады</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Тізімде бар</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Импортталмайды</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Бұл файл Fältbok оқи алатын кесте немесе CSV файлы емес.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>Бұл файлда қатысушылар жоқ.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Бұл кітап құпия сөзбен қорғалған. Оны құпия сөзсіз сақтап, сол көшірмені импорттаңыз.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>Бұл кітапта нәтижелері сақталмаған формулалар бар. Оны кесте бағдарламасында ашып, сақтап, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Бұл файл импорттау үшін тым үлкен (ең көбі 100 000 жол).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>«{field}» өрісін екі баған толтырады; біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Кемінде бір бағанда не бар екенін таңдаңыз.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Файлды оқу мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>Жаңа: {new}, белгілі: {known}, тізімде бар: {on_roster}, импортталмайды: {rejected}.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Импортталды. Жаңа қатысушылар: {new}; тізімге қосылған белгілілер: {known}; импортталмаған жолдар: {rejected}. Ctrl+Z бүкіл импортты болдырмайды.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Қатысушылар тізімін импорттау</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>Тренинг тізіміне: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Мысал</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Толтырады</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Қай бағанда не бар</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>Бұл сәйкестендіруді серіктестің тізімдері үшін &amp;есте сақтау</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>Импортталмаған жолдарды &amp;сақтау…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Қатысушылар тізімін таңдаңыз</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Тізімдер (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>({n}-баған)</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>{column}-бағанда не бар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Импортталмаған жолдарды сақтау</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Импортталмаған жолдар ({count}) түзетіп, қайта импорттау үшін сақталды: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Импортталмаған жолдарды сақтау мүмкін болмады: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Үйлестірушінің PIN-коды</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>Бұл ноутбукта үйлестірушінің құқықтары қорғалған. Үйлестірушінің PIN-кодын немесе құпия фразаны жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN-код немесе құпия фраза</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>Үйлестірушінің PIN-коды немесе құпия фраза</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Жауап пакеттеріне арналған қалта</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Жауап пакеті жазылатын ноутбук жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Жазылған жауап пакеттері: %Ln.</numerusform>
            <numerusform>Жазылған жауап пакеттері: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Қалта: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Мұны тек үйлестіруші жасай алады.</translation>
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
        <translation>&amp;Сабақ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Бұл {date} күнгі сабақ, бүгінгі ({today}) емес.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Үйлестірушінің PIN-кодын орнату</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>Үйлестіруші болу немесе біреуді үйлестіруші ету үшін осы PIN-код немесе құпия фраза қажет болады. Кемінде {n} таңба; оны тек үйлестірушілерге айтыңыз.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Жаңа &amp;PIN-код</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-код &amp;қайта</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>Үйлестірушінің жаңа PIN-коды</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>Үйлестірушінің жаңа PIN-коды қайта</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-кодта кемінде {n} таңба болуы керек.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Екі PIN-код сәйкес келмейді.</translation>
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
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Ағымдағы пайдаланушы</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Парақтағы аттар</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Параққа қатысушылардың аттарын жазасыз ба? Аттарсыз онда тек олардың кодтары болады. Аттары бар парақ жоғалса немесе бөтен адам көрсе, ондағы әр адамға қауіп төнеді.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Аттарсыз</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Аттарымен</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Excel кітабы, барлық сабақтар (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, барлық сабақтар (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Қатысу парағын сақтау</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Қатысқан сабақтар</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Сақтау мүмкін болмады: {reason}</translation>
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
        <translation>Терезенің кез келген жерінде</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Тізімдер</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Пішіндер</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Қатысу</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Жаңа қатысушы пішіні</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Синхрондау ▸ Қайшылықтар</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>1 … 9-бөлімге өту</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Құрылғыларға өту (тек бас кеңседе)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Бөлімнің келесі қойындысы</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Бөлімнің алдыңғы қойындысы</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондау пакетін экспорттау</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Бас кеңседен файл импорттау</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Бас кеңсемен қазір синхрондау</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Үстінен жазылған түзетулеріңізді қарау</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Пернелер тіркесімдерінің осы тізімі</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Тізімнен іздеу</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Таңдалған жазбаны жою</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Пішінді сақтау</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Жасырылған жеке өрістерді көрсету (тек рұқсаты бар рөлдерге)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Коды жазылған қатысушының қатысуын белгілеу</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>Тізімде: қатысу белгісін ауыстыру</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Жаңа қатысушыны қосу</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Аттарды көрсету (тек рұқсаты бар рөлдерге)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Сабақты аяқталды деп белгілеу</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Толтырылған парақты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Бос парақты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Қатысушылар тізімін тренинг тізіміне импорттау</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Код өрісіне оралу</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Тренингті таңдау</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Сабақты таңдау</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Жаңа қатысушыны қосу</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Пішінді жабу</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Шетке қойылған мәнді қайтару</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Ағымдағы мәнді қалдыру</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Есепті экспорттау (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Таңдалған жобаның бір беттік шолуын сақтау</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Не істейді</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондау пакетін экспорттау</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok синхрондау пакеттері (*.fbk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Бас кеңседен импорттау</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Fältbok файлдары (*.fbk *.json *.enrol);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Синхрондау пакеті жазылуда…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Қайтарылуда…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Шетке қойылған мән қайтарылды; ол келесі синхрондау пакетіңізбен бас кеңсеге жіберіледі.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Ағымдағы мән қалады; қайшылық жабылды.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Қолданылуда…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Мұны тек үйлестіруші жасай алады.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(жасырылған: аты немесе байланыс)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Жазылған</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Бас кеңсе алды</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Иә, расталды</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Әлі жоқ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Сақталған мән</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Сақтады: кім, қашан</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Шетке қойылған мән</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Шетке қойды: кім, қашан</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Өшірулі: бас кеңсенің мекенжайы жоқ (Баптаулар)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Бас кеңсемен синхрондау</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Сіз жазғанның бәрі осы ноутбукта сақталады және желісіз жұмыс істейді. Өзгерістер бас кеңсеге қол қойылған, шифрланған синхрондау пакеттерімен — USB-жинақтауышта немесе желі арқылы жіберіледі.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Осы құрылғы</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Әлі расталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Байланысты жазбаларды күтуде</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Ұсталған</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Соңғы синхрондау</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Автоматты синхрондау</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Бас кеңсенің кілті</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>Пакетті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Өзгерістеріңізді бас кеңсе үшін жазу (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Синхрондау пакетін экспорттау</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Бас кеңседен пакетті не түбіртекті, не тіркеу файлын импорттау (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Қазір &amp;синхрондау</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Бас кеңсе серверімен қазір синхрондау (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Экспортталған пакеттер</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Қайшылықтар (%Ln)</numerusform>
            <numerusform>Қайшылықтар (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Ұсталған (%Ln)</numerusform>
            <numerusform>Ұсталған (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Бас кеңседе тіркелген</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Бұл деректер қалтасы — бас кеңсе</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Әлі тіркелмеген: бас кеңседен тіркеу файлын импорттаңыз</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
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
        <translation>Пайдаланушы жоқ</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Ағымдағы пайдаланушы</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Желі жоқ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Желі</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Өзгерістер саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln өзгеріс әлі расталмаған</numerusform>
            <numerusform>%Ln өзгеріс әлі расталмаған</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Бас кеңсемен синхрондау</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Соңғы синхрондау: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Бұл файл басқа бас кеңсе немесе басқа ноутбук үшін шифрланған, сондықтан оны мұнда ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Бұл файлдың қолтаңбасы ноутбук тіркелген бас кеңсеге сәйкес келмейді: файл өзгертілген немесе басқа жерден келген.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Бұл файл бас кеңсе ешқашан тіркемеген ноутбуктан келген.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Бұл файл бас кеңсе тіркеуін кері қайтарған ноутбуктан келген.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Бұл файл өз ноутбугы үшін тіркелген кілтпен емес, басқа кілтпен қол қойылған.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Бұл файл синхрондау пакеті сияқты құрылмаған: ол бүлінген, тым үлкен немесе зиян келтіру үшін жасалған.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Бұл файл бүлінген, толық емес немесе Fältbok синхрондау файлы емес.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Бұл файлды Fältbok-тың жаңарақ нұсқасы жазған. Қолданбаны жаңартып, оны қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Бұл файлда Fältbok-тың бұл нұсқасы білмейтін өзгерістер бар.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Бұл ноутбук бас кеңседе әлі тіркелмеген. Алдымен бас кеңсе берген тіркеу файлын импорттаңыз.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Бұл деректер қалтасы — бас кеңсе: синхрондау пакеттері ноутбуктарда жазылады.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Бұл ноутбук бұрын тіркелген немесе басқа атпен пакеттер жіберген. Тіркеу файлы тек ноутбукты алғаш тіркеуге арналған.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Бұл файл басқа ноутбукқа немесе бас кеңсеге арналған.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Бұл элемент енді жоқ; тізім жаңартылды.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Бұл ноутбуктың синхрондау кілттері оның деректер қалтасында жоқ. Бас кеңседен оны қайта тіркеуді сұраңыз.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok ол файлды оқи немесе жаза алмайды. Басқа орынды таңдаңыз.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Мұндай файл немесе қалта жоқ.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады: диск толып қалған немесе жинақтауыш суырылған болуы мүмкін.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Күтпеген қате орын алды.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Синхрондау пакеті жазылды: {path}. Ондағы өзгерістер: %Ln.</numerusform>
            <numerusform>Синхрондау пакеті жазылды: {path}. Ондағы өзгерістер: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Осы ноутбукта қалған аттар мен байланыстар: %Ln.</numerusform>
            <numerusform>Осы ноутбукта қалған аттар мен байланыстар: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Бас кеңсе пакетіңізді алғанын растады (ондағы өзгерістер: %Ln).</numerusform>
            <numerusform>Бас кеңсе пакетіңізді алғанын растады (ондағы өзгерістер: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Бас кеңседен қабылданған өзгерістер: %Ln.</numerusform>
            <numerusform>Бас кеңседен қабылданған өзгерістер: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Мұнда әлі жоқ жазбаларды күтуде: %Ln.</numerusform>
            <numerusform>Мұнда әлі жоқ жазбаларды күтуде: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Үйлестіруші үшін ұсталған (болашақ күнмен белгіленген): %Ln.</numerusform>
            <numerusform>Үйлестіруші үшін ұсталған (болашақ күнмен белгіленген): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Қарауды қажет ететін қайшылықтар: %Ln.</numerusform>
            <numerusform>Қарауды қажет ететін қайшылықтар: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Бұл ноутбук енді бас кеңседе «{name}» ретінде тіркелді. Жұмысыңызды жіберу үшін синхрондау пакетін экспорттаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Қолданылған ұсталған өзгерістер: %Ln.</numerusform>
            <numerusform>Қолданылған ұсталған өзгерістер: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Ноутбуктардан келген пакеттерді таңдаңыз</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok синхрондау пакеттері (*.fbk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Түбіртектерге арналған қалта</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Мұны тек үйлестіруші жасай алады.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Пакеттерді қабылдау</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Ноутбуктардан келген пакеттерді (.fbk) осында тастаңыз немесе қосыңыз. Әрқайсысы жеке тексеріліп біріктіріледі: қабылданбаған пакет ештеңені өзгертпейді.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Қабылданатын пакеттер</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>Пакеттерді &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>&amp;Түбіртектер қалтасы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>Қа&amp;былдау</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
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
        <translation>Ең көбі {limit} таңба</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Болдырмау немесе қайталау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>жазба енді жоқ</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>Жаңа жазба: {list}</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Түзету: {list}</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>Жою: {list}</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok құлыпталған</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Бұл ноутбуктағы деректер шифрланған. Оларды ашу үшін құпия фразаны жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Құпия фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлпын &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>Барлық деректерді &amp;өшіру…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Барлық деректерді өшіру</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>Соңғы ашылғаннан бері %n қате әрекет.</numerusform>
            <numerusform>Соңғы ашылғаннан бері %n қате әрекет.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Құпия фразаны жазыңыз.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ашылуда…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Құпия фраза қате. Fältbok құлыптаулы күйінде қалады.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok дерекқорын аша алмады: {error}</translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Бұл ноутбук үшін белгіленген қате әрекеттер шегі осы. Қажет болса, ондағы Fältbok-тың барлық деректерін қазір өшіре аласыз.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>«{name}» бойынша өзгерістеріңіз әлі сақталмаған.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>«{list}» тізіміндегі жаңа жазба әлі сақталмаған.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Оларды сақтап жалғастырыңыз, тастап жалғастырыңыз немесе түзетуді жалғастыру үшін бас тартыңыз.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Тастау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Fältbok-ты кім пайдаланып отыр?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Пайдаланушыңызды таңдаңыз немесе жаңасын жасаңыз. Қатысушылардың аттарын көрсетуге бола ма — рөліңізге байланысты.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пайдаланушы</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Немесе жаңа пайдаланушы: &amp;аты</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Жаңа пайдаланушының аты</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Жаңа пайдаланушының рөлі</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Жасау және таңдау</translation>
    </message>
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Пайдаланушыларды жасауды немесе рөлдерді өзгертуді тек үйлестіруші жасай алады. Құқығы көбірек пайдаланушыға ауысу үшін үйлестірушінің PIN-коды немесе құпия фраза сұралады.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Бұл ноутбукта рөлдер қорғалмаған: кез келген адам үйлестіруші болып, аттарды көре алады. Оларды қорғау үшін үйлестірушінің PIN-кодын (немесе құпия фразаны) орнатыңыз.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Үйлестірушінің &amp;PIN-кодын орнату…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>Үйлестірушінің PIN-коды немесе құпия фраза қате. {n} қате әрекеттен кейін PIN-код бұғатталды: оның орнына құпия фразаны жазыңыз.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>Үйлестірушінің PIN-коды немесе құпия фраза қате ({limit} әрекеттің {failures} пайдаланылды). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Бұл үшін үйлестірушінің PIN-коды немесе құпия фраза қажет. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-кодта кемінде {n} таңба болуы керек.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>Үйлестірушінің PIN-кодын тек үйлестіруші орната алады.</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Міндетті емес</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Қосу және белгілеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Аудит журналының жазбалары</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok осы ноутбуктағы деректерін жойды (%Ln файл).</numerusform>
            <numerusform>Fältbok осы ноутбуктағы деректерін жойды (%Ln файл).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>Дерекқор құлыпталған еді, сондықтан Fältbok бас кеңсе растамаған өзгерістерді санай алмады. Әлі синхрондалмағанның бәрі жоғалды.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Бас кеңсе барлық өзгерістерді растаған еді: жіберілмеген ештеңе жоғалған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Бас кеңсе растамаған мына %Ln өзгеріс жоғалды:</numerusform>
            <numerusform>Бас кеңсе растамаған мына %Ln өзгеріс жоғалды:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Барлық деректерді өшіру</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Осы ноутбуктан Fältbok-тың барлық деректерін өшіресіз бе?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Бұл дерекқорды, оның сақтық көшірмелерін, экспортталған синхрондау пакеттерін және осы құрылғының кілттерін бірден жояды. Мұны кері қайтаруға болмайды, құпия фраза да ештеңені қайтармайды.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>Бәрін &amp;өшіру</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Бәрін өшіру</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Бас кеңсе әлі растамаған өзгерістер саналуда…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>Дерекқор құлыпталған, сондықтан Fältbok бас кеңсе әлі растамаған өзгерістерді санай алмайды. Әлі синхрондалмағанның бәрі жоғалады.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Бас кеңсе осы ноутбукта жасалған барлық өзгерістерді растады: жіберілмеген ештеңе жоғалмайды.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Бас кеңсе мына %Ln өзгерісті әлі растамады. Олар жоғалады:</numerusform>
            <numerusform>Бас кеңсе мына %Ln өзгерісті әлі растамады. Олар жоғалады:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Деректер өшірілді</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Өшіру аяқталмады</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Өшіру аяқталмады: {error}. Кейбір файлдар қалуы мүмкін; қайта әрекет етіңіз.</translation>
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
        <translation>Ел</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Тақырыптар</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Сезімталдық</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
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
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Аттарды бас кеңсеге жіберуге болады</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бірлік</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Не өлшенеді</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Мәндер кезеңдер бойынша қосылады</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Бастапқы мән</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Жынысы бойынша</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Жас топтары бойынша</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Кезең басы</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Кезең соңы</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мән</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Бөліну</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Төленген күні</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Фасилитаторлар</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Аудитория көлемі</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Іс‑шара</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
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
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Келісім берілді</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сабақ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Қатысушы</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Барған күні</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Жарияланған күні</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб‑мекенжай</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Аудитория: ЖОО қызметкерлері</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Аудитория: студенттер</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Аудитория: шешім қабылдаушылар</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Аудитория: кітапханалар</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Аудитория: көрме залдары</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Аудитория: жалпы жұртшылық</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Ашық кілт</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Кері қайтарылған</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Құрылғылар</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Жобалар</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторлар</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Индикатор мәндері</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренингтер</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сабақтар</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Тізімдер</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Қатысу жазбалары</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Іссапарлар</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Далалық есептер</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Басылымдар</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Адвокациялық іс-шаралар</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тәжікстан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
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
        <translation>ЛГБТК+ құқықтары</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Жастар және демократия</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Қақтығыстарды трансформациялау</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Қоршаған орта және климат</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Пермакультура және азық-түлік егемендігі</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Адам құқықтары</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Сезімтал</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Жоғары тәуекел</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Дәріс</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Көрме</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>Рөлдік ойындар күні</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Қоғамдық тыңдау</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Далалық сапар</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақала</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Талдамалық жазба</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Бинарлы емес</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>18-ге дейін</translation>
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
        <translation>50 және одан жоғары</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Далалық қызметкер</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Тағылымдамашы</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Үйлестіруші</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Сарапшы</translation>
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
        <translation>Міндетті өріс.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Тізімдегі мәндердің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>«{start}» күнінен ерте болмауы керек.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Теріс болмауы керек.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Тым ұзын: ең көбі {limit} таңба.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Мәтін емес таңбаны қамтиды.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>Сан тым үлкен.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Жарамсыз күн.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Жарамсыз сан.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Жарамсыз мән.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Енді жоқ жазбаға сілтейді.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Осы тренингтің қатысушылар тізімінде жоқ.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Басқа жазбада пайдаланылып жатыр.</translation>
    </message>
    <message>
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>«{value}» — Fältbok мұндай мәнді білмейді.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>Файлда екі рет бар (алғашқысы {line}-жолда).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Импорттайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Қабылданбады ({code}).</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>{low} мен {high} аралығында болуы керек.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Бұл индикатор жынысы бойынша бөлінбейді.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Бұл индикатор жас топтары бойынша бөлінбейді.</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Жынысы бойынша бөлінудің қосындысы {total}, ал мән {value}.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Жас топтары бойынша бөлінудің қосындысы {total}, ал мән {value}.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>
