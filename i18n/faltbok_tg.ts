<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg_TJ" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>Дар бораи Fältbok</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Маълумоти саҳроӣ бе интернет барои Centralasiengrupperna. Барномаи озод таҳти иҷозатномаи GNU GPL, версияи 3 ё навтар.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папкаи маълумот:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Пойгоҳи додаҳо:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>бо гузарвожа рамзгузорӣ шудааст (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>рамзгузорӣ нашудааст (гузарвожа гузошта нашудааст)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Дастгоҳ:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Муҳити кор:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Иҷозатномаҳои барнома ва он чи ба он дохил аст:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>&amp;Нусха барои дархости дастгирӣ</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>Кушодани папкаи &amp;иҷозатномаҳо</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Нусха бардошта шуд</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>Тасвири JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Тасвири PNG</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>Тасвири HEIC</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Тасвири WebP</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Ҳуҷҷати PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Ҳуҷҷати Word</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Ҷадвали Excel</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Матни OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Ҷадвали OpenDocument</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Матни оддӣ</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>ҳоло дар ин ноутбук нест</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Илова…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Кушодан</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Хориҷ кардан</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Файлҳоро барои замима ба ин ҷо кашед</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Замима кардани файлҳо</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Акс, PDF, ҳуҷҷатҳо ва матн</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Ҳамаи файлҳо</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>Андозаи «%1» %2 аст: танҳо файлҳои то %3 замима мешаванд.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>«%1»-ро замима кардан мумкин нест: танҳо акс (JPEG, PNG, HEIC, WebP), PDF, ҳуҷҷатҳои офисӣ ва матни оддӣ замима мешаванд.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>«%1»-ро хондан нашуд.</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Ин файл ҳанӯз ба ин ноутбук нарасидааст.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Ин файл акс, PDF, ҳуҷҷати офисӣ ё матни оддӣ нест; он кушода намешавад.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Варақа ҳамчун {path} нигоҳ дошта шуд.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Код ё ном барои қайди ҳузур</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Қисми кодро нависед ва Enter-ро пахш кунед</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Рӯйхати иштирокчиён</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Иштирокчии нав…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Илова кардани касе, ки дар рӯйхат нест (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Намоиши номҳо</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Намоиши номҳои иштирокчиён (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Анҷоми машғулот</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Варақаи пуршуда…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Варақаро бо қайди ҳозирон ҳамчун PDF нигоҳ доштан (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Воридоти рӯйхат…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Ворид кардани рӯйхати шарик (Excel, CSV, Kobo) ба ин рӯйхат (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Варақаи холӣ…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Варақаи холиро барои пур кардан бо даст нигоҳ доштан (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>Дар рӯйхат касе ба «{text}» мувофиқ нест. Ctrl+N иштирокчии навро илова мекунад.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n иштирокчӣ мувофиқ аст; боз нависед ё тугмаҳои тирча ва Space-ро истифода баред.</numerusform>
            <numerusform>%n иштирокчӣ мувофиқ аст; боз нависед ё тугмаҳои тирча ва Space-ро истифода баред.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code} ҳозир аст.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code} дигар ҳозир қайд нашудааст.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code} аллакай ҳозир аст.</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code} ба рӯйхат илова шуд ва ҳозир аст.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} пештар ба қайд гирифта шуда буд: акнун дар ин рӯйхат аст ва ҳозир.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Ин машғулот аллакай анҷомёфта қайд шудааст.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>Машғулоти {session}-и «{training}» анҷомёфта қайд карда шавад?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Анҷомёфта қайд кардан</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>Машғулоти {session} анҷомёфта қайд шуд. Ctrl+Z онро бекор мекунад.</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Нақши шумо номҳои иштирокчиёнро нишон намедиҳад.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Варақаи давомот</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Имзо</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Ҳозир: {present} аз {total}</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>қайди ҳузури {code}</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>бекор кардани ҳузури {code}</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>илова кардани иштирокчии нав {code}</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>илова кардани {code} ба ин рӯйхат</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>анҷоми машғулоти {session}</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>аз нав кушодани машғулоти {session}</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>воридоти рӯйхат ({code} нафар дар рӯйхат)</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Бекор шуд: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Такрор шуд: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>сабт дигар вуҷуд надорад</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Бекор ё такрор кардани амал нашуд ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Ин папкаи маълумот идораи марказӣ аст: ноутбукҳо бо он ҳамоҳанг мешаванд.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Ҷамъ: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Ихтилофҳо</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>&amp;Барқарор кардани арзиши канормонда</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Арзиши бохтаро боз ҷорӣ кардан, ҳамчун тағйироти нав (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Барқарор кардани арзиши канормонда</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Нигоҳ доштани арзиши ҷорӣ</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Ихтилофро бастан ва арзиши ғолибро нигоҳ доштан (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Нигоҳ доштани арзиши ҷорӣ</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Ихтилоф нест: ҳар майдон як арзиши мувофиқашуда дорад.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>Вақте ки ду нафар як майдонро пеш аз ҳамоҳангсозӣ тағйир доданд, тағйироти охирин нигоҳ дошта шуд ва дигараш ба канор гузошта шуд. Ҳар якеро санҷед: арзиши канормондаро барқарор кунед ё арзиши ҷориро нигоҳ доред.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>Вақте ки ду нафар як майдонро пеш аз ҳамоҳангсозӣ тағйир доданд, тағйироти охирин нигоҳ дошта шуд ва дигараш ба канор гузошта шуд. Агар арзиши канормонда таҳрири худи шумо бошад, онро барқарор кунед ё арзиши ҷориро нигоҳ доред; дигаронро танҳо координатор ҳал карда метавонад.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>Вақте ки ду нафар як майдонро пеш аз ҳамоҳангсозӣ тағйир доданд, тағйироти охирин нигоҳ дошта шуд ва дигараш ба канор гузошта шуд. Танҳо координатор метавонад арзиши канормондаро барқарор кунад ё ихтилофро бандад.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Ҳозиранд</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(ҳеҷ)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Санаро нависед, масалан {example}. Alt+↓ ё F4 тақвимро мекушояд.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Тақвим (Alt+↓)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Тақвим</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>«{text}» сана нест. Онро чунин нависед: {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>ҳама</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Ҳоло баста нест</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Фаъол</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Бекоршуда</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln баста</numerusform>
            <numerusform>%Ln баста</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>ҳеҷ гоҳ</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%Ln packages)</source>
        <translation>
            <numerusform>{when} (%Ln баста)</numerusform>
            <numerusform>{when} (%Ln баста)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Бале</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Доира</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ба қайд гирифта шуд</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Бастаи охирин</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Тағйироти якҷояшуда</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Ҷавоб интизор аст</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Сервер: тамоси охирин</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>«{name}» ба қайд гирифта шуд; файли бақайдгирии он: {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Инро танҳо координатор карда метавонад.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Ноутбукҳои идораи марказӣ</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Ноутбукҳои навро ба қайд гиред, бастаҳои фиристодаи онҳоро қабул кунед, бастаҳои ҷавобӣ нависед ва бақайдгирии ноутбуки гумшуда ё дуздидашударо бекор кунед. Барои қабул бастаҳоро (.fbk) ба ин ҷо кашед.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Ноутбукҳоро танҳо координатор идора карда метавонад. Дар Танзимот ба координатор гузаред.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Ҷустуҷӯи ноутбукҳо (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбукҳо</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>Ноутбукро ба қайд &amp;гирифтан…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>&amp;Қабули бастаҳо…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Фиристодани ҷавоб…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>Ҷавоб ба &amp;ҳама…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Бекор кардан…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Навиштани файли бақайдгирӣ барои ноутбуки нав</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Якҷоя кардани бастаҳои фиристодаи ноутбукҳо ва навиштани квитансияҳои онҳо</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Навиштани бастаи ҷавобӣ барои ноутбуки интихобшуда</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Навиштани бастаи ҷавобӣ барои ҳар ноутбук, барои ҳар кадом як файл</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>Минбаъд рад кардани бастаҳои ноутбуки интихобшуда</translation>
    </message>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Ноутбукҳо (%Ln)</numerusform>
            <numerusform>Ноутбукҳо (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Ихтилофҳо байни ноутбукҳо (%Ln)</numerusform>
            <numerusform>Ихтилофҳо байни ноутбукҳо (%Ln)</numerusform>
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
        <translation>Нигоҳ доштани файли бақайдгирӣ</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Файлҳои бақайдгирӣ (*.enrol);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Интихоб кунед, ки файли бақайдгирӣ дар куҷо нигоҳ дошта шавад.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Инро танҳо координатор карда метавонад.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>Рамзи QR бо суроғаи сервер ва изи ангушти калид</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(нест: бастаҳо дастӣ интиқол меёбанд)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Ба қайд гирифтани ноутбук</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Идораи марказӣ барои ноутбуки нав файли бақайдгирӣ менависад. Онро бо флешкаи USB баред ва дар ноутбук ворид кунед (Ҳамоҳангсозӣ ▸ Воридот). Доира муайян мекунад, ки ноутбук чиро нигоҳ дошта метавонад: all ё унсурҳои country:КОД ва partner:ID.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>&amp;Номи ноутбук</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Доира</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>&amp;Суроғаи сервер (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>&amp;Ҷои нигоҳдорӣ</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Баррасӣ…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>Ба қайд &amp;гирифтан ва нигоҳ доштан</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Тайёр</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>Дар ноутбук, пас аз воридоти файл, саҳифаи Ҳамоҳангсозӣ ҳамон суроғаи сервер ва изи ангушти калидро нишон медиҳад: онҳоро муқоиса кунед ё ин рамзро скан кунед.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Суроғаи сервер</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Калиди идораи марказӣ</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Сирри якдафъаина</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Сирри якдафъаина дар файл аст ва танҳо ҳозир нишон дода мешавад: идораи марказӣ онро дигар нишон намедиҳад. То он даме ки ноутбук бастаи аввалини худро нафиристад, файлро дар ҷои бехатар нигоҳ доред.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>Файли бақайдгирӣ барои «{name}» дар {path} нигоҳ дошта шуд.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Содироти ҳисобот</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (диаграммаҳо ва ҷадвалҳо)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Файли Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Бо BOM дар аввал, барои Excel</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Оммавӣ (шумораҳои камтар аз 5 пинҳон)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Дохилӣ (шумораҳои дақиқ)</translation>
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
        <translation>Хатое рух дод ва амали охирин анҷом наёфт. Он чи навиштед, боқӣ мондааст. Тафсилот дар файли қайдҳо дар папкаи маълумот аст.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Аз</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;То</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Лоиҳа</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Шарик</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Кишвар</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>А&amp;удитория</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Ҳамаи кишварҳо</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Оммавӣ (шумораҳои камтар аз 5 пинҳон)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Дохилӣ (шумораҳои дақиқ)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Давра пеш аз оғозаш анҷом меёбад.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Маълумоти ин ноутбукро ҳифз кунед</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Иштирокчиёнро бо гузарвожа ҳифз кунед</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok ному кодҳои одамоне, ки ба семинарҳои шумо омаданд, нигоҳ медорад. Агар ин ноутбук гум ё мусодира шавад, касе ки онро дорад, набояд бифаҳмад, ки онҳо кистанд. Бо гузарвожа ҳар чизе, ки Fältbok нигоҳ медорад, рамзгузорӣ мешавад ва танҳо бо он кушода мешавад.

Гузарвожаеро интихоб кунед, ки дар хотир нигоҳ дошта метавонед: бе он ҳеҷ кас, ҳатто идораи марказӣ, маълумотро барқарор карда наметавонад. Онро баъдтар дар Танзимот низ гузоштан мумкин аст.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Гузоштани гузарвожа</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>&amp;Бе гузарвожа идома додан</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok пойгоҳи додаҳоро омода карда натавонист: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Тағйироти боздошташуда</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>&amp;Татбиқи тағйироти боздошташуда</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Татбиқи тағйироти боздошташуда</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Ҳеҷ чиз боздошта нашудааст.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>Санаи ин тағйирот беш аз як рӯз дар оянда аст, пас эҳтимол соати ягон ноутбук нодуруст буд. То шумо онҳоро татбиқ накунед, онҳо истифода намешаванд.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>Санаи ин тағйирот беш аз як рӯз дар оянда аст, пас эҳтимол соати ягон ноутбук нодуруст буд. Онҳоро танҳо координатор татбиқ карда метавонад.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Period</source>
        <translation>Давра</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Нишондод</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Ҷамъшуда</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Тақсимот</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Ба ноутбук ном диҳед.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>Ноутбук бо номи «{name}» аллакай ба қайд гирифта шудааст: номи дигар интихоб кунед.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Суроғаи сервер суроғаи веб, монанди https://hq.example.org, нест.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Ин ноутбук ҳанӯз бастаи аввалини худро нафиристодааст; аввал онро қабул кунед.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Доира нодуруст аст: all ё унсурҳои country:КОД ва partner:ID-ро бо вергул ҷудо карда нависед, бо шариконе, ки дар идораи марказӣ ҳастанд.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Рад шуд: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>Аз «{name}» аллакай қабул шуда буд; квитансияи он дубора навишта шуд.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>Аз «{name}» якҷоя шуд: %Ln тағйир.</numerusform>
            <numerusform>Аз «{name}» якҷоя шуд: %Ln тағйир.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Интизори сабтҳои марбут: %Ln.</numerusform>
            <numerusform>Интизори сабтҳои марбут: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>Дар карантин: %Ln.</numerusform>
            <numerusform>Дар карантин: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Ихтилофҳо барои санҷиш: %Ln.</numerusform>
            <numerusform>Ихтилофҳо барои санҷиш: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Квитансияро навиштан нашуд: барои навиштани он файлро боз қабул кунед.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>«{name}»: ҳеҷ чиз навишта нашуд. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>«{name}»: %Ln тағйир дар {file}.</numerusform>
            <numerusform>«{name}»: %Ln тағйир дар {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>«{name}» бекор карда шуд: минбаъд бастаҳои он рад карда мешаванд. Он чи пештар фиристода буд, боқӣ мемонад.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>дархости имзошуда</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>баста нигоҳ дошта шуд</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>баста якҷоя шуд</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>баста рад шуд ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Ноутбукҳое, ки ба шабака пайвастанд, худашон бо сервер ҳамоҳанг мешаванд. Идорае, ки сервер надорад, метавонад серверро дар ин ҷо оғоз кунад: ҳангоми қулф будани барнома он кор карданро давом медиҳад ва бо баста шудани барнома қатъ мешавад.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Суроға</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>&amp;Гӯш кардан дар</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Кор мекунад (ин барнома оғоз кардааст)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Оғоз шуда истодааст…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Кор мекунад (дар ҷои дигар оғоз шудааст)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Кор намекунад</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Оғози охирин ноком шуд: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>&amp;Оғози сервер</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>&amp;Қатъи сервер</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>&amp;Дархостҳои охирин</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кай</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Чӣ</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Дархостҳои охирин</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Баромадан аз Fältbok</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Сервер кор мекунад. Агар бароед, он қатъ мешавад.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>То даме ки сервер қатъ аст, ноутбукҳо бо идораи марказӣ ҳамоҳанг шуда наметавонанд. Онҳо тағйироти худро нигоҳ медоранд ва вақте ки сервер боз ба кор дарояд, мефиристанд.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Қатъи сервер ва &amp;баромадан</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Давом додани кор</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Нигоҳ дошта шуд. Fältbok ҳар вақте ки пайвастшавӣ бошад, худаш бо ин суроға ҳамоҳанг мешавад.</translation>
    </message>
    <message>
        <source>Hub &amp;address</source>
        <translation>&amp;Суроғаи сервер</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Ин папкаи маълумот идораи марказӣ аст: худаш сервер аст</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Суроғаи сервер</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Нигоҳ доштани суроға</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Минбаъд бо ин сервер ҳамоҳанг шудан</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Synced just now</source>
        <translation>Ҳозир ҳамоҳанг шуд</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln дақиқа пеш ҳамоҳанг шуд</numerusform>
            <numerusform>%Ln дақиқа пеш ҳамоҳанг шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln соат пеш ҳамоҳанг шуд</numerusform>
            <numerusform>%Ln соат пеш ҳамоҳанг шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln рӯз пеш ҳамоҳанг шуд</numerusform>
            <numerusform>%Ln рӯз пеш ҳамоҳанг шуд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>кӯшиши навбатӣ баъд аз %Ln сония</numerusform>
            <numerusform>кӯшиши навбатӣ баъд аз %Ln сония</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>кӯшиши навбатӣ баъд аз %Ln дақиқа</numerusform>
            <numerusform>кӯшиши навбатӣ баъд аз %Ln дақиқа</numerusform>
        </translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>бекор карда шудааст</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>дар он ҷо ба қайд гирифта нашудааст</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>имзо қабул нашуд (сана ва вақти ин ноутбукро санҷед)</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>қабул нашуд</translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Фиристодани тағйирот ба идораи марказӣ… {percent} %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Интизори пайвастшавӣ</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Идораи марказӣ ин ноутбукро рад кард: {reason}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ҳанӯз ҳамоҳанг нашудааст</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Ҳамоҳангсозӣ ноком шуд: ба сертификати сервер эътимод нест</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Ҳамоҳангсозӣ ноком шуд: идораи марказӣ ғайричашмдошт ҷавоб дод</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Ҳамоҳангсозӣ қатъ шуд: ин ноутбук ҳанӯз ба қайд гирифта нашудааст</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Ҳамоҳангсозӣ қатъ шуд: суроғаи идораи марказӣ нест</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Ҳамоҳангсозӣ ноком шуд</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Бо идораи марказӣ ҳамоҳанг шуд: барои фиристодан ё гирифтан чизи нав нест.</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Бо идораи марказӣ ҳамоҳанг шуд.</translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Тағйироти фиристодашуда: %Ln.</numerusform>
            <numerusform>Тағйироти фиристодашуда: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Бастаҳое, ки идораи марказӣ тасдиқ кард: %Ln.</numerusform>
            <numerusform>Бастаҳое, ки идораи марказӣ тасдиқ кард: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Тағйироте, ки аз идораи марказӣ гирифта шуд: %Ln.</numerusform>
            <numerusform>Тағйироте, ки аз идораи марказӣ гирифта шуд: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Бо идораи марказӣ пайваст шудан нашуд. Fältbok худаш боз кӯшиш мекунад; тағйироти шумо дар ин ноутбук нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Пайвастшавӣ бо идораи марказӣ хеле суст буд ва қатъ карда шуд. Fältbok худаш боз кӯшиш мекунад ва фиристоданро аз ҷое, ки монда буд, идома медиҳад.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Ба сертификати сервер эътимод нест, бинобар ин ҳеҷ чиз фиристода нашуд. Суроғаи идораи марказиро дар Танзимот санҷед.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Идораи марказӣ ин ноутбукро рад кард: {reason}. Аз идораи марказӣ пурсед, ки чӣ кор кунед; тағйироти шумо дар ин ноутбук нигоҳ дошта мешаванд.</translation>
    </message>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Идораи марказӣ тавре ҷавоб дод, ки ин версияи Fältbok намефаҳмад. Барномаро навсозӣ кунед ё аз идораи марказӣ пурсед.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Суроғаи идораи марказӣ муқаррар нашудааст. Онро дар Танзимот ворид кунед.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Ин ноутбук ҳанӯз дар идораи марказӣ ба қайд гирифта нашудааст. Аввал файли бақайдгириро, ки идораи марказӣ ба шумо дод, ворид кунед.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Ҳамоҳангсозӣ ноком шуд.</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Ин суроғаи интернетие нест, ки Fältbok истифода карда тавонад. Онро чунин нависед: https://hq.example.org (http:// танҳо барои сервер дар ҳамин компютер).</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>Содироти IATI</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>%n чорабинии IATI ба {0} навишта шуд.</numerusform>
            <numerusform>%n чорабинии IATI ба {0} навишта шуд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Ҳеҷ чиз навишта нашуд: аввал идентификатори IATI-и ташкилотро дар Танзимот гузоред.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Ҳеҷ чиз навишта нашуд: идентификатор ё номи ташкилот барои IATI дар Танзимот нодуруст аст.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Ҳеҷ чиз навишта нашуд: лоиҳае барои нашр нест.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Ҳеҷ чиз навишта нашуд: лоиҳаи «{0}» файли IATI-ро нодуруст мекард ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Ҳеҷ чиз навишта нашуд: файлро дар он ҷо нигоҳ доштан нашуд ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Ҳеҷ чиз навишта нашуд: файли IATI сохта нашуд.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>Ташкилот барои &amp;IATI</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Идентификатор, масалан SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>Идентификатори IATI-и ташкилот</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Номи ташкилот</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>Номи ташкилот барои IATI</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Нигоҳ доштани ташкилот</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Нигоҳ дошта шуд. Акнун файлҳои IATI ҳамин ташкилотро нишон медиҳанд.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Нигоҳ дошта нашуд: идентификатор аз ҳарфҳо, рақамҳо, нуқтаҳо ва дефисҳо иборат аст (масалан SE-ON-802005-9839), ном бошад матни оддӣ.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Пешрафти нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Нишондодҳо аз рӯи давра</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>Нишондодҳои «{name}», давра ба давра</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Нишондодҳо, давра ба давра</translation>
    </message>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Арзишҳое, ки ба нишондиҳандаи худ мувофиқ нестанд (бо сурх ишора шудаанд): {count}. Майдонҳое, ки аз ду ноутбук якҷоя шудаанд, шояд ҷамъ наоянд; онҳоро дар «Арзишҳои нишондиҳандаҳо» ислоҳ кунед.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Қулф кардан</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Ҳозир қулф кардани Fältbok ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Бе гузарвожа Fältbok қулф шуда наметавонад. Онро дар Танзимот гузоред.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Ин гузарвожаи ҷорӣ нест. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Маълумот дар ин ноутбук акнун рамзгузорӣ шудааст.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Гузарвожа иваз карда шуд.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Гузарвожа хориҷ карда шуд: маълумот дигар рамзгузорӣ нашудааст.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Гузарвожаро иваз кардан нашуд: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Аз нав рамзгузорӣ кардани маълумот…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Нобудсозӣ…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Пешрафт</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Лоиҳаҳо</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Шарикон</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Тренингҳо ва чорабиниҳо</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Давомот</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Ҳимоятгарӣ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Танзимот</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Дастгоҳҳо</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ҳисоботҳо</translation>
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
        <translation>&amp;Таҳрир</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Гузариш</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ёрӣ</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>&amp;Содироти бастаи ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Воридот…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>Содироти I&amp;ATI…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Баромад</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>&amp;Дар бораи Fältbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Тугмаҳои тезкор</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Зербахши навбатӣ</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>Зербахши &amp;қаблӣ</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бахшҳо</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Гузарвожаи &amp;нав</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Такрори он</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Гузарвожаи нав</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Гузарвожаи навро такрор кунед</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Ақаллан %n аломат</numerusform>
            <numerusform>Ақаллан %n аломат</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Гузарвожаро нависед.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Ақаллан %n аломат истифода баред: гузарвожаи кӯтоҳро зуд меёбанд.</numerusform>
            <numerusform>Ақаллан %n аломат истифода баред: гузарвожаи кӯтоҳро зуд меёбанд.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Ду гузарвожа фарқ мекунанд. Якеро ду бор нависед.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Берун аз папкаи ҳифзшуда</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Ин файл берун аз папкаи ҳифзшудаи Fältbok, бе рамзгузорӣ навишта мешавад; ҳар касе, ки ноутбукро дорад, онро хонда метавонад. Нобудсозии фаврӣ онро нобуд намекунад.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Бо вуҷуди ин дар он ҷо нигоҳ доштан</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>%Ln таҳрири шумо иваз шуд — санҷед</numerusform>
            <numerusform>%Ln таҳрири шумо иваз шуд — санҷед</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Касе, ки тағйироти шуморо надида буд, баъдтар арзиши дигарро нигоҳ дошт, бинобар ин арзиши ӯ монд. Барои барқарор кардани арзиши худ ё нигоҳ доштани арзиши ӯ шарҳи ихтилофҳоро кушоед ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Гузоштани гузарвожа</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Иваз кардани гузарвожа</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Хориҷ кардани гузарвожа</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Ҳар чизе, ки Fältbok дар ин ноутбук нигоҳ медорад, рамзгузорӣ мешавад ва танҳо бо ин гузарвожа кушода мешавад. Бе он ҳеҷ кас маълумотро барқарор карда наметавонад.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>Пойгоҳи додаҳо, нусхаҳои захиравии он ва калидҳои ин дастгоҳ бо гузарвожаи нав аз нав рамзгузорӣ мешаванд. Гузарвожаи кӯҳна дигар кор намекунад.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Бе гузарвожа ҳар касе, ки ин ноутбукро дорад, ному кодҳои иштирокчиёнро хонда метавонад. Онро танҳо дар он сурат хориҷ кунед, ки ноутбук ҳеҷ гоҳ ҷои бехатарро тарк намекунад.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Гузарвожаи &amp;ҷорӣ</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Гузарвожаи ҷорӣ</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Гузоштани гузарвожа</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Иваз кардани гузарвожа</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Хориҷ кардани гузарвожа</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Гузарвожаи ҷориро нависед.</translation>
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
        <translation>Арзишҳое, ки ба ин нишондиҳанда мувофиқ нестанд: {count}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ҳадаф</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Воҳид</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Арзиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Арзиши мақсаднок</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Нишондоди охирин</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Пешрафт</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Ҷамъшуда</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Ҳифз</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Маълумот дар ин ноутбук бо гузарвожа рамзгузорӣ шудааст.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>Маълумот дар ин ноутбук гузарвожа надорад: ҳар касе, ки ноутбукро дорад, ному кодҳои иштирокчиёнро хонда метавонад.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>Гузоштани &amp;гузарвожа…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Иваз кардани &amp;гузарвожа…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Хориҷ кардани гузарвожа…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Ҳозир қулф кардан</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Нобудсозии &amp;фаврӣ…</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Дар ин ҷо танҳо координатор метавонад маълумотро нобуд кунад ё гузарвожаро иваз кунад. Агар гузарвожаҳои нодуруст аз ҳад зиёд ворид шаванд, экрани қулф нобудсозиро ба ҳар кас пешниҳод мекунад.</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Қулф баъд аз &amp;дақиқаҳои бефаъолиятӣ</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Дақиқаҳои бе амал то қулф шудани Fältbok</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ҳеҷ гоҳ</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Пешниҳоди нобудсозӣ баъд аз &amp;гузарвожаҳои нодуруст</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Гузарвожаҳои нодуруст то пешниҳоди нобудсозӣ</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Гузоштани гузарвожа</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Иваз кардани гузарвожа</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Хориҷ кардани гузарвожа</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Нобудсозии фаврӣ</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Бу&amp;ридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусхабардорӣ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Хуб</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Рад кардан</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Бале</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Фосила</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Бекор кардан</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Такрор кардан</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Бу&amp;ридан</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Нусхабардорӣ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Гузоштан</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Ҳамаро интихоб кардан</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Сабти нав</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Таҳрири сабт</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Пинҳон; барои иваз кардан нависед</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Намоиши номҳо</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Намоиши майдонҳои шахсии пинҳони ин сабт (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Нигоҳ доштан</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Нигоҳ доштани сабт (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Баргардонидан</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Нигоҳ дошта шуд.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Ҷустуҷӯ дар {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нав</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Сабти нав (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Нест кардан</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Нест кардани сабти интихобшуда (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Нест карда шуд. Бо Ctrl+Z бекор кунед.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln сабт</numerusform>
            <numerusform>%Ln сабт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Барои ҷустуҷӯ нависед</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Намоиши интихобҳо (Alt+↓)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Намоиши интихобҳо</translation>
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
        <translation>Файли Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Нигоҳ доштани ҳисобот</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Ҳисобот навишта мешавад…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Содироти ҳисобот</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Содирот бекор шуд: ҳеҷ файл навишта нашуд.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Хулосаи лоиҳа</translation>
    </message>
    <message>
        <source>public</source>
        <translation>оммавӣ</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>дохилӣ</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>«{title}» ({audience}, {format}) дар {path} нигоҳ дошта шуд.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>&amp;Ҷадвал</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Ҷадвал</translation>
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
        <translation>Пешрафти нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Давомот аз рӯи ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Аудиторияи ҳимоятгарӣ дар Шветсия</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Пардохтҳо нисбат ба буҷет</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Пешрафт</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Нишондодҳо</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Ҷинс ва синну сол</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Тренингҳо аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Тренингҳо аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Лоиҳаҳо аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Лоиҳаҳо аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Шарикон аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Шарикон аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Кишварҳо аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Кишварҳо аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Семоҳаҳо аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Семоҳаҳо аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Навъҳо аз рӯи кишвар</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Аз рӯи мавзӯъ</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Навъҳо аз рӯи гурӯҳи мақсаднок</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Семоҳаҳо аз рӯи гурӯҳи мақсаднок</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Аз рӯи лоиҳа</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Аз рӯи семоҳа</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ҳадаф</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Воҳид</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ченак</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Арзиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Арзиши мақсаднок</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Ҷорӣ</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Анҷоми давраи охирин</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Оғози давра</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Анҷоми давра</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Арзиш</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Шарик</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Кишвар</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Семоҳа</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ҳамагӣ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Мавзӯъ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Асъор</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буҷет</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Пардохтшуда</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Ҳиссаи буҷет</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Боқимонда</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Донишгоҳҳо</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Донишҷӯён</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Қабулкунандагони қарор</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Китобхонаҳо</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Толорҳои намоишгоҳӣ</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Ҷомеаи васеъ</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ҳисобот</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Филтрҳо</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Барои кӣ</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Оммавӣ: шумораҳои камтар аз 5 пинҳон</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Дохилӣ: шумораҳои дақиқ</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Сохта шуд (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Аз</translation>
    </message>
    <message>
        <source>To</source>
        <translation>То</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ҳама</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Давомот</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Ҳимоятгарӣ</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Пардохтҳо</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Содирот…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX ё CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>&amp;Хулосаи лоиҳа…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Лоиҳаи интихобшуда дар як саҳифаи чопӣ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Аввал лоиҳаро интихоб кунед: хулоса барои як лоиҳа сохта мешавад.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Бекор кардани ноутбук</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>«{name}» бекор карда шавад?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Бастаҳои ояндаи он ҳам дар ин ҷо ва ҳам дар сервер рад карда мешаванд ва барои он бастаи ҷавобӣ навишта намешавад. Он чи пештар фиристода буд, дар маълумоти идораи марказӣ боқӣ мемонад. Инро баргардондан мумкин нест: барои аз нав истифода бурдани ноутбук онро аз нав ба қайд гиред.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ноутбукро &amp;бекор кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(нодида гирифтан)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Сол ё санаи таваллуд</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Синну сол (сол)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Иштирокчии нав</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Маълум: ба рӯйхат илова мешавад</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Аллакай дар рӯйхат</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ворид намешавад</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Қатор</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Ин файл ҷадвал ё файли CSV нест, ки Fältbok онро хонда тавонад.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>Дар ин файл иштирокчӣ нест.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Ин файл бо парол ҳифз шудааст. Онро бе парол нигоҳ доред ва он нусхаро ворид кунед.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>Дар ин файл формулаҳое ҳастанд, ки натиҷаашон нигоҳ дошта нашудааст. Онро дар барномаи ҷадвалӣ кушоед, нигоҳ доред ва боз ворид кунед.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Ин файл барои воридот хеле калон аст (на зиёда аз 100 000 қатор).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>Ду сутун «{field}»-ро пур мекунанд; якеро интихоб кунед.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Нишон диҳед, ки ақаллан як сутун чиро дорад.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Файлро хондан нашуд: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>Нав: {new}, маълум: {known}, аллакай дар рӯйхат: {on_roster}, ворид намешавад: {rejected}.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Ворид шуд. Иштирокчиёни нав: {new}; маълумҳое, ки ба рӯйхат илова шуданд: {known}; қаторҳои воридношуда: {rejected}. Ctrl+Z тамоми воридотро бекор мекунад.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Сатр</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Чӣ мешавад</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мушкилот</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Воридоти рӯйхати иштирокчиён</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>Ба рӯйхати тренинги: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Интихоби файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Сутун дар файл</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Намуна</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Пур мекунад</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Кадом сутун чиро дорад</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Пешнамоиш</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>Ин мутобиқатро барои рӯйхатҳои шарик дар &amp;хотир нигоҳ доштан</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ворид кардан</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>&amp;Нигоҳ доштани қаторҳои воридношуда…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Рӯйхати иштирокчиёнро интихоб кунед</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Рӯйхатҳо (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Хондани файл…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(сутуни {n})</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>Сутуни {column} чиро дорад</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Нигоҳ доштани қаторҳои воридношуда</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Қаторҳои воридношуда ({count}) барои ислоҳ ва воридоти такрорӣ нигоҳ дошта шуданд: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Қаторҳои воридношударо нигоҳ доштан нашуд: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>PIN-и координатор</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>Ҳуқуқҳои координатор дар ин ноутбук ҳифз шудаанд. PIN-и координатор ё гузарвожаро нависед.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN ё гузарвожа</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>PIN-и координатор ё гузарвожа</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Папка барои бастаҳои ҷавобӣ</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Ноутбуке нест, ки барояш бастаи ҷавобӣ навишта шавад.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Бастаҳои ҷавобии навишташуда: %Ln.</numerusform>
            <numerusform>Бастаҳои ҷавобии навишташуда: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Инро танҳо координатор карда метавонад.</translation>
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
        <translation>&amp;Машғулот</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Машғулот</translation>
    </message>
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Ин машғулоти {date} аст, на имрӯза ({today}).</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Гузоштани PIN-и координатор</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>Барои координатор шудан ё касеро координатор таъин кардан ин PIN ё гузарвожа лозим мешавад. Ақаллан {n} аломат; онро танҳо ба координаторҳо гӯед.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>&amp;PIN-и нав</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;боз як бор</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>PIN-и нави координатор</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>PIN-и нави координатор боз як бор</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN бояд ақаллан {n} аломат дошта бошад.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Ду PIN фарқ мекунанд.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Умумӣ</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Забон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Корбари ҷорӣ</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Номҳо дар варақа</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Номҳои иштирокчиён ба варақа гузошта шаванд? Бе номҳо дар он танҳо кодҳояшон меояд. Варақае, ки номҳо дорад, агар гум шавад ё ба чашми бегона афтад, ҳамаи онҳоеро, ки дар он ҳастанд, зери хатар мегузорад.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Бе номҳо</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Бо номҳо</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Файли Excel, ҳамаи машғулотҳо (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, ҳамаи машғулотҳо (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Нигоҳ доштани варақаи давомот</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Машғулотҳои ҳозиршуда</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Давомот</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Нигоҳ доштан нашуд: {reason}</translation>
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
        <translation>Дар ҳама ҷои тиреза</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Рӯйхатҳо</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Шаклҳо</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Давомот</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Шакли иштирокчии нав</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Ҳамоҳангсозӣ ▸ Ихтилофҳо</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Ҳисоботҳо</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>Гузариш ба бахши 1 … 9</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Гузариш ба Дастгоҳҳо (танҳо дар идораи марказӣ)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Зербахши навбатии бахш</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Зербахши қаблии бахш</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Содироти бастаи ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Воридоти файл аз идораи марказӣ</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Ҳозир бо идораи марказӣ ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Қулф кардан</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Баромадан</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Шарҳи таҳрирҳои шумо, ки иваз шуданд</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Такрор кардан</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Ҳамин рӯйхати тугмаҳои тезкор</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Ҷустуҷӯ дар рӯйхат</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Сабти нав</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Нест кардани сабти интихобшуда</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Нигоҳ доштани шакл</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Намоиши майдонҳои шахсии пинҳон (танҳо нақшҳои иҷозатдошта)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Ҳозир қайд кардани иштирокчие, ки коди ӯ навишта шуд</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>Дар рӯйхат: ҳозир / ғоиб</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Илова кардани иштирокчии нав</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Намоиши номҳо (танҳо нақшҳои иҷозатдошта)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Анҷомёфта қайд кардани машғулот</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Нигоҳ доштани варақаи пуршуда ҳамчун PDF</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Нигоҳ доштани варақаи холӣ ҳамчун PDF</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Воридоти рӯйхати иштирокчиён ба рӯйхати тренинг</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Бозгашт ба майдони код</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Интихоби тренинг</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Интихоби машғулот</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Илова кардани иштирокчӣ</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Пӯшидани шакл</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Барқарор кардани арзиши канормонда</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Нигоҳ доштани арзиши ҷорӣ</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Содироти ҳисобот (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Нигоҳ доштани хулосаи яксаҳифаии лоиҳаи интихобшуда</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Тугмаҳои тезкор</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Тугмаҳо</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Чӣ мекунанд</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Содироти бастаи ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Бастаҳои ҳамоҳангсозии Fältbok (*.fbk);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Воридот аз идораи марказӣ</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Файлҳои Fältbok (*.fbk *.json *.enrol);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Навиштани бастаи ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Воридот…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Барқарорсозӣ…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Арзиши канормонда баргашт; он бо бастаи навбатии ҳамоҳангсозии шумо ба идораи марказӣ меравад.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Нигоҳ доштан…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Арзиши ҷорӣ мемонад; ихтилоф баста шуд.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Татбиқ…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Инро танҳо координатор карда метавонад.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(пинҳон: ном ё тамос)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(холӣ)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Нест шуд</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Навишта шуд</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Тағйирот</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Андоза</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Идораи марказӣ гирифт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Бале, тасдиқ шуд</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ҳанӯз не</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Сабт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Майдон</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Арзиши нигоҳдошта</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Нигоҳ дошт: кӣ, кай</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Арзиши канормонда</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Ба канор гузошт: кӣ, кай</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Арзиш</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Аз куҷо</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Хомӯш: суроғаи идораи марказӣ нест (Танзимот)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Хомӯш</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Ҳамоҳангсозӣ бо идораи марказӣ</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Ҳар чизе, ки шумо сабт мекунед, дар ин ноутбук нигоҳ дошта мешавад ва бе интернет кор мекунад. Тағйирот дар бастаҳои ҳамоҳангсозии имзошуда ва рамзгузоришуда ба идораи марказӣ мераванд: бо флешка ё тавассути шабака.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Ин дастгоҳ</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Бақайдгирӣ</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Тағйироти ҳанӯз тасдиқнашуда</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Интизори сабтҳои марбут</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Боздошташуда</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ҳамоҳангсозии охирин</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Ҳамоҳангсозии худкор</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Калиди идораи марказӣ</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>&amp;Содироти бастаи ҳамоҳангсозӣ…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Навиштани тағйироти шумо барои идораи марказӣ (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Содироти бастаи ҳамоҳангсозӣ</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Воридот…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Воридоти баста ё квитансия аз идораи марказӣ, ё файли бақайдгирӣ (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Воридот</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Ҳозир бо сервери идораи марказӣ ҳамоҳанг кардан (F5)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Бастаҳои содиршуда</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Ихтилофҳо (%Ln)</numerusform>
            <numerusform>Ихтилофҳо (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Боздошташуда (%Ln)</numerusform>
            <numerusform>Боздошташуда (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Дар идораи марказӣ ба қайд гирифта шудааст</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Ин папкаи маълумот идораи марказӣ аст</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Ба қайд гирифта нашудааст: файлро аз идораи марказӣ ворид кунед</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ҳеҷ гоҳ</translation>
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
        <translation>Корбар нест</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Корбари ҷорӣ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Дар шабака</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Бе шабака</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Шабака</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Ҳисоб кардани тағйирот…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln тағйирот ҳанӯз тасдиқ нашудааст</numerusform>
            <numerusform>%Ln тағйирот ҳанӯз тасдиқ нашудааст</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Ҳамоҳангсозӣ бо идораи марказӣ</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ҳамоҳангсозии охирин: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ҳеҷ гоҳ</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Ин файл барои идораи марказии дигар ё ноутбуки дигар рамзгузорӣ шудааст, бинобар ин дар ин ҷо кушода намешавад.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Имзои ин файл ба идораи марказие, ки ин ноутбук дар он ба қайд гирифта шудааст, мувофиқат намекунад: он тағйир дода шудааст ё аз ҷои дигар омадааст.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Ин файл аз ноутбуке омадааст, ки идораи марказӣ ҳеҷ гоҳ ба қайд нагирифтааст.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Ин файл аз ноутбуке омадааст, ки идораи марказӣ бақайдгирии онро бекор кардааст.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Ин файл бо калиди дигар имзо шудааст, на бо калиде, ки барои ноутбуки он сабт шудааст.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Сохтори ин файл ба бастаи ҳамоҳангсозӣ монанд нест: он вайрон, аз ҳад калон ё барои зарар расондан сохта шудааст.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Ин файл вайрон ё нопурра аст, ё файли ҳамоҳангсозии Fältbok нест.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Ин файлро версияи навтари Fältbok навиштааст. Барномаро навсозӣ кунед ва онро боз ворид кунед.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Дар ин файл тағйироте ҳаст, ки ин версияи Fältbok намедонад.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Ин ноутбук ҳанӯз дар идораи марказӣ ба қайд гирифта нашудааст. Аввал файли бақайдгириро, ки идораи марказӣ ба шумо дод, ворид кунед.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Ин папкаи маълумот идораи марказӣ аст: бастаҳои ҳамоҳангсозӣ дар ноутбукҳо навишта мешаванд.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Ин ноутбук аллакай ба қайд гирифта шудааст ё бо шахсияти дигар баста фиристодааст. Файли бақайдгирӣ танҳо барои бақайдгирии аввалини ноутбук аст.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Ин файл барои ноутбуки дигар ё барои идораи марказӣ пешбинӣ шудааст.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Ин унсур дигар вуҷуд надорад; рӯйхат нав карда шуд.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Калидҳои ҳамоҳангсозии ин ноутбук дар папкаи маълумоти он нестанд. Аз идораи марказӣ хоҳиш кунед, ки онро аз нав ба қайд гирад.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok ин файлро хонда ё навишта наметавонад. Ҷои дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Чунин файл ё папка вуҷуд надорад.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Файлро хондан ё навиштан нашуд: шояд диск пур аст ё флешка кашида шудааст.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Хатои ғайричашмдошт рух дод.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Бастаи ҳамоҳангсозӣ ба {path} навишта шуд. Тағйирот дар он: %Ln.</numerusform>
            <numerusform>Бастаи ҳамоҳангсозӣ ба {path} навишта шуд. Тағйирот дар он: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Ному тамосҳое, ки дар ин ноутбук монданд: %Ln.</numerusform>
            <numerusform>Ному тамосҳое, ки дар ин ноутбук монданд: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Идораи марказӣ гирифтани бастаи шуморо тасдиқ кард (тағйирот дар он: %Ln).</numerusform>
            <numerusform>Идораи марказӣ гирифтани бастаи шуморо тасдиқ кард (тағйирот дар он: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Тағйироте, ки аз идораи марказӣ гирифта шуд: %Ln.</numerusform>
            <numerusform>Тағйироте, ки аз идораи марказӣ гирифта шуд: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Интизори сабтҳое, ки ҳанӯз дар ин ҷо нестанд: %Ln.</numerusform>
            <numerusform>Интизори сабтҳое, ки ҳанӯз дар ин ҷо нестанд: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Барои координатор боздошта шуд (санаи оянда): %Ln.</numerusform>
            <numerusform>Барои координатор боздошта шуд (санаи оянда): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Ихтилофҳо барои санҷиш: %Ln.</numerusform>
            <numerusform>Ихтилофҳо барои санҷиш: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Ин ноутбук акнун дар идораи марказӣ ҳамчун «{name}» ба қайд гирифта шуд. Барои фиристодани кори худ бастаи ҳамоҳангсозиро содир кунед.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Тағйироти боздошташудаи татбиқшуда: %Ln.</numerusform>
            <numerusform>Тағйироти боздошташудаи татбиқшуда: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Бастаҳоро аз ноутбукҳо интихоб кунед</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Бастаҳои ҳамоҳангсозии Fältbok (*.fbk);;Ҳамаи файлҳо (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Папка барои квитансияҳо</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Инро танҳо координатор карда метавонад.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Қабули бастаҳо</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Бастаҳоро (.fbk) аз ноутбукҳо ба ин ҷо кашед ё илова кунед. Ҳар кадом алоҳида санҷида ва якҷоя карда мешавад: бастаи радшуда ҳеҷ чизро тағйир намедиҳад.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Бастаҳо барои қабул</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Натиҷаҳо</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Илова кардани бастаҳо…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Хориҷ кардан</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>&amp;Квитансияҳо ба</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Баррасӣ…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Қабул кардан</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Пӯшидан</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v аз %m баста</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>At most {limit} characters</source>
        <translation>Ҳадди аксар {limit} аломат</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Бекор ё такрор кардан нашуд: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>сабт дигар вуҷуд надорад</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>Сабти нав дар {list}</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Таҳрир дар {list}</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>Нест кардан дар {list}</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok қулф аст</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Маълумот дар ин ноутбук рамзгузорӣ шудааст. Барои кушодан гузарвожаро нависед.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Гузарвожа</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Гузарвожа</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Кушодан</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Баромад</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>&amp;Нобуд кардани ҳамаи маълумот…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Нобуд кардани ҳамаи маълумот</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>%n кӯшиши нодуруст пас аз кушодани охирин.</numerusform>
            <numerusform>%n кӯшиши нодуруст пас аз кушодани охирин.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Гузарвожаро нависед.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Кушодан…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Ин гузарвожа дуруст нест. Fältbok қулф мемонад.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok пойгоҳи додаҳоро кушода натавонист: {error}</translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Ин ҳадди кӯшишҳои нодуруст барои ин ноутбук аст. Агар зарур бошад, шумо метавонед ҳоло ҳамаи маълумоти Fältbok-ро аз он нобуд кунед.</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Тағйироти нигоҳнадошта</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>Тағйироти шумо дар «{name}» ҳанӯз нигоҳ дошта нашудааст.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>Сабти нав дар «{list}» ҳанӯз нигоҳ дошта нашудааст.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Онҳоро нигоҳ доред ва идома диҳед, рад кунед ва идома диҳед ё барои идомаи таҳрир бекор кунед.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Нигоҳ доштан</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Рад кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Кӣ бо Fältbok кор мекунад?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Корбари худро интихоб кунед ё корбари нав созед. Нақши шумо муайян мекунад, ки номҳои иштирокчиён нишон дода мешаванд ё не.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Корбар</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Ё корбари нав: &amp;ном</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Нақш</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Корбар</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Номи корбари нав</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Нақши корбари нав</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Интихоб</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Сохтан ва интихоб</translation>
    </message>
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Танҳо координатор метавонад корбар созад ё нақшҳоро иваз кунад. Гузариш ба корбари дорои ҳуқуқҳои бештар PIN-и координатор ё гузарвожаро талаб мекунад.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Нақшҳо дар ин ноутбук ҳифз нашудаанд: ҳар кас метавонад координатор шавад ва номҳоро бинад. Барои ҳифзи онҳо PIN-и координатор (ё гузарвожа) гузоред.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Гузоштани &amp;PIN-и координатор…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>PIN-и координатор ё гузарвожа нодуруст аст. Баъд аз {n} кӯшиши нодуруст PIN баста мешавад: ба ҷояш гузарвожаро нависед.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>PIN-и координатор ё гузарвожа нодуруст аст ({failures} аз {limit} кӯшиш истифода шуд). Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Барои ин PIN-и координатор ё гузарвожа лозим аст. Ҳеҷ чиз тағйир наёфт.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN бояд ақаллан {n} аломат дошта бошад.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>PIN-и координаторро танҳо координатор гузошта метавонад.</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Иштирокчии нав дар ҷо</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Ихтиёрӣ</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Илова ва ҳозир қайд кардан</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Сабтҳои журнали аудит</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok маълумоти худро дар ин ноутбук нобуд кард (%Ln файл).</numerusform>
            <numerusform>Fältbok маълумоти худро дар ин ноутбук нобуд кард (%Ln файл).</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>Пойгоҳи додаҳо қулф буд, бинобар ин Fältbok тағйироти аз ҷониби идораи марказӣ тасдиқнашударо ҳисоб карда натавонист. Ҳар чизе, ки ҳанӯз ҳамоҳанг нашуда буд, гум шуд.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Идораи марказӣ ҳар тағйиротро тасдиқ карда буд: ягон чизи нафиристода гум нашуд.</translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Ин %Ln тағйирот аз ҷониби идораи марказӣ тасдиқ нашуда буд ва гум шуд:</numerusform>
            <numerusform>Ин %Ln тағйирот аз ҷониби идораи марказӣ тасдиқ нашуда буд ва гум шуд:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Нобуд кардани ҳамаи маълумот</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Ҳамаи маълумоти Fältbok аз ин ноутбук нобуд карда шавад?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Ин якбора пойгоҳи додаҳо, нусхаҳои захиравии он, бастаҳои ҳамоҳангсозии содиршуда ва калидҳои ин дастгоҳро нобуд мекунад. Инро бекор кардан мумкин нест ва гузарвожа ҳеҷ чизро барнамегардонад.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Ҳамаашро нобуд кардан</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Ҳамаашро нобуд кардан</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Ҳисоб кардани тағйироте, ки идораи марказӣ ҳанӯз тасдиқ накардааст…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>Пойгоҳи додаҳо қулф аст, бинобар ин Fältbok тағйироти аз ҷониби идораи марказӣ ҳанӯз тасдиқнашударо ҳисоб карда наметавонад. Ҳар чизе, ки ҳанӯз ҳамоҳанг нашудааст, гум мешавад.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Идораи марказӣ ҳар тағйироти дар ин ноутбук кардашударо тасдиқ кардааст: ягон чизи нафиристода гум намешавад.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Идораи марказӣ ин %Ln тағйиротро ҳанӯз тасдиқ накардааст. Онҳо гум мешаванд:</numerusform>
            <numerusform>Идораи марказӣ ин %Ln тағйиротро ҳанӯз тасдиқ накардааст. Онҳо гум мешаванд:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Маълумот нобуд шуд</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Нобудсозӣ нопурра монд</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Нобудсозӣ анҷом наёфт: {error}. Баъзе файлҳо шояд монда бошанд; боз кӯшиш кунед.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Кишвар</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Минтақа</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Тамос</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Мавзӯъҳо</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Ҳассосият</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Шарик</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Унвон</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Оғоз</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Анҷом</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Буҷет</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Асъор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Ҳолат</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Номҳоро ба идораи марказӣ фиристодан мумкин аст</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Лоиҳа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Тавсиф</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ҳадаф</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Воҳид</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ченак</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Нишондодҳо аз рӯи давраҳо ҷамъ мешаванд</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Арзиши ибтидоӣ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Арзиши мақсаднок</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Аз рӯи ҷинс</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Аз рӯи синну сол</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Нишондиҳанда</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Оғози давра</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Анҷоми давра</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Арзиш</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Тақсимот</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Манбаъ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Эзоҳ</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Санаи пардохт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Маблағ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Навъ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Мавзӯъ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ҷой</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Фасилитаторҳо</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Шумораи аудитория</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Чорабинӣ</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Сана</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Анҷомёфта</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Ҷинс</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Синну сол</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ташкилот</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Розигӣ дода шуд</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Машғулот</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Иштирокчӣ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Ҳозир</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Шахс</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Нақш</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Санаи ташриф</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Муаллиф</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Қайдҳо</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Замимаҳо</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Муаллифон</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Санаи нашр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Забон</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Суроғаи интернетӣ</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Аудитория: кормандони донишгоҳ</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Аудитория: донишҷӯён</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Аудитория: қабулкунандагони қарор</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Аудитория: китобхонаҳо</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Аудитория: толорҳои намоишгоҳ</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Аудитория: ҷомеаи васеъ</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Калиди ошкоро</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Бекоршуда</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Дастгоҳҳо</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Корбарон</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Шарикон</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Лоиҳаҳо</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ҳадафҳо</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Арзишҳои нишондиҳандаҳо</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Пардохтҳо</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Чорабиниҳо</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренингҳо</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Машғулотҳо</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Иштирокчиён</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Рӯйхатҳои иштирокчиён</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Сабтҳои давомот</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Сафарҳои корӣ</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Ҳисоботҳои саҳроӣ</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Нашрияҳо</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Чорабиниҳои ҳимоятгарӣ</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қирғизистон</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазоқистон</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Тоҷикистон</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ӯзбекистон</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркманистон</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Шветсия</translation>
    </message>
    <message>
        <source>Feminism</source>
        <translation>Феминизм</translation>
    </message>
    <message>
        <source>LGBTQ+ rights</source>
        <translation>Ҳуқуқҳои ЛГБТҚ+</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Ҷавонон ва демократия</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Табдили низоъҳо</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Муҳити зист ва иқлим</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Пермакултура ва соҳибихтиёрии озуқаворӣ</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Ҳуқуқи инсон</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Муқаррарӣ</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Ҳассос</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Хатари баланд</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Дар нақша</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Фаъол</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекоршуда</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семинар</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Лексия</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Вебинар</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Намоишгоҳ</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конфронс</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>Рӯзи бозиҳои нақшӣ</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Муҳокимаи ҷамъиятӣ</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Сафари саҳроӣ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Дигар</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ҳисобот</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Мақола</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Ёддошти таҳлилӣ</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Китоб</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Зан</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мард</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Ғайрибинарӣ</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Нишон дода нашудааст</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>То 18</translation>
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
        <translation>50 ва болотар</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Номаълум</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Корманди саҳроӣ</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Коромӯз</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Корманд</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Коршинос</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Шумора</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Адад</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Фоиз</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Ҳатмӣ.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Яке аз арзишҳои рӯйхатро интихоб кунед.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>Наметавонад пеш аз {start} бошад.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Наметавонад манфӣ бошад.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Хеле дароз: ҳадди аксар {limit} аломат.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Аломате дорад, ки матн нест.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>Адад хеле калон аст.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Санаи дуруст нест.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Адади дуруст нест.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Арзиши дуруст нест.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Ба сабте ишора мекунад, ки дигар вуҷуд надорад.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Дар рӯйхати ин тренинг нест.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Аллакай дар сабти дигар истифода шудааст.</translation>
    </message>
    <message>
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>«{value}» барои Fältbok маънои маълум надорад.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>Дар файл ду бор (бори аввал дар сатри {line}).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Чизе барои воридот нест.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Қабул нашуд ({code}).</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Бояд адади бутун бошад.</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Бояд аз {low} то {high} бошад.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Ин нишондиҳанда аз рӯи ҷинс тақсим намешавад.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Ин нишондиҳанда аз рӯи гурӯҳи синну сол тақсим намешавад.</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Тақсимот аз рӯи ҷинс дар ҷамъ {total} медиҳад, арзиш {value} аст.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Тақсимот аз рӯи гурӯҳи синну сол дар ҷамъ {total} медиҳад, арзиш {value} аст.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Бале</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бекор кардан</translation>
    </message>
</context>
</TS>
