<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>О программе Fältbok</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Полевые данные без подключения к сети для Centralasiengrupperna. Свободная программа под лицензией GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>зашифрована парольной фразой (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>не зашифрована (парольная фраза не задана)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Устройство:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Работает на:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Лицензии программы и всего, что в неё входит:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>&amp;Копировать для поддержки</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>Открыть папку &amp;лицензий</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>Изображение HEIC</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Изображение WebP</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Таблица Excel</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Таблица OpenDocument</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>пока нет на этом ноутбуке</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Перетащите сюда файлы, чтобы приложить их</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Фото, PDF, документы и текст</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>«%1» занимает %2: приложить можно файлы до %3.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>«%1» нельзя приложить: можно только фото (JPEG, PNG, HEIC, WebP), PDF, офисные документы и простой текст.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>Не удалось прочитать «%1».</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Этот файл ещё не дошёл до этого ноутбука.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Этот файл — не фото, не PDF, не офисный документ и не простой текст; он не открывается.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Код или имя для отметки присутствия</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Введите часть кода и нажмите Enter</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Список участников</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Новый участник…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Добавить человека, которого нет в списке (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Показать имена</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Показать имена участников (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Завершить занятие</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Лист с отметками…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Сохранить лист с отметками присутствия в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Добавить список партнёра (Excel, CSV, Kobo) в этот состав (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Пустой лист…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Сохранить пустой лист для заполнения от руки (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>В списке нет никого по запросу «{text}». Ctrl+N — добавить нового участника.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>Найден %n участник; введите больше или используйте стрелки и пробел.</numerusform>
            <numerusform>Найдено %n участника; введите больше или используйте стрелки и пробел.</numerusform>
            <numerusform>Найдено %n участников; введите больше или используйте стрелки и пробел.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code}: присутствует.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code}: отметка о присутствии снята.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} уже был(а) зарегистрирован(а): теперь в этом списке и отмечен(а) как присутствующий(ая).</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code}: добавлен(а) в список и отмечен(а) как присутствующий(ая).</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Ваша роль не позволяет видеть имена участников.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Присутствовали: {present} из {total}</translation>
    </message>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Лист сохранён: {path}.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code}: уже присутствует.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Это занятие уже отмечено как завершённое.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>Отметить занятие {session} тренинга «{training}» как завершённое?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Отметить завершённым</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>Занятие {session} отмечено как завершённое. Ctrl+Z отменит это.</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>отметка присутствия {code}</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>снятие отметки {code}</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>добавление нового участника {code}</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>добавление {code} в этот список участников</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>завершение занятия {session}</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>повторное открытие занятия {session}</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>список импортирован ({code} в составе)</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Отменено: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Повторено: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>запись больше не существует</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Не удалось отменить или повторить ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Эта папка данных — головной офис: ноутбуки синхронизируются с ним.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Сумма: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>&amp;Восстановить отложенное значение</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Снова сделать проигравшее значение текущим, как новое изменение (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Восстановить отложенное значение</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Оставить текущее значение</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Закрыть конфликт и оставить победившее значение (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Оставить текущее значение</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Конфликтов нет: у каждого поля одно согласованное значение.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>Если два человека изменили одно и то же поле до синхронизации, сохранено более позднее изменение, а другое отложено. Проверьте каждый случай: восстановите отложенное значение или оставьте текущее.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>Если два человека изменили одно и то же поле до синхронизации, сохранено более позднее изменение, а другое отложено. Восстановить отложенное значение или закрыть конфликт может только координатор.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>Если два человека изменили одно и то же поле до синхронизации, сохранено более позднее изменение, а другое отложено. Если отложенное значение — ваша собственная правка, восстановите её или оставьте текущее значение; остальные конфликты может решить только координатор.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Сейчас присутствуют</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Введите дату, например {example}. Alt+Вниз или F4 открывает календарь.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Календарь (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>«{text}» — не дата. Введите её так: {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Пакетов ещё нет</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln пакет</numerusform>
            <numerusform>%Ln пакета</numerusform>
            <numerusform>%Ln пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message numerus="yes">
        <source>{when} (%Ln packages)</source>
        <translation>
            <numerusform>{when} (%Ln пакет)</numerusform>
            <numerusform>{when} (%Ln пакета)</numerusform>
            <numerusform>{when} (%Ln пакетов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Принято изменений</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Ждёт ответа</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Хаб: последний контакт</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>«{name}» зарегистрирован; файл регистрации: {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Это может сделать только координатор.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Ноутбуки штаб-квартиры</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Регистрируйте новые ноутбуки, принимайте присланные ими пакеты, записывайте ответные пакеты и отзывайте потерянный или украденный ноутбук. Перетащите сюда пакеты (.fbk), чтобы принять их.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Управлять ноутбуками может только координатор. Переключитесь на координатора в настройках.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Поиск ноутбуков (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>&amp;Зарегистрировать ноутбук…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>&amp;Принять пакеты…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>&amp;Отправить ответ…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>Ответ &amp;всем…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Записать файл регистрации для нового ноутбука</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Объединить присланные ноутбуками пакеты и записать квитанции</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Записать ответный пакет для выбранного ноутбука</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Записать ответный пакет для каждого ноутбука, по файлу на каждый</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>С этого момента отклонять пакеты выбранного ноутбука</translation>
    </message>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Ноутбуки (%Ln)</numerusform>
            <numerusform>Ноутбуки (%Ln)</numerusform>
            <numerusform>Ноутбуки (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Конфликты между ноутбуками (%Ln)</numerusform>
            <numerusform>Конфликты между ноутбуками (%Ln)</numerusform>
            <numerusform>Конфликты между ноутбуками (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the enrolment file</source>
        <translation>Сохранить файл регистрации</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Файлы регистрации (*.enrol);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Выберите, куда сохранить файл регистрации.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Это может сделать только координатор.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>QR-код с адресом хаба и отпечатком ключа</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(нет: пакеты переносятся вручную)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Регистрация ноутбука</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Штаб-квартира записывает файл регистрации для нового ноутбука. Перенесите его на USB-носителе и импортируйте на ноутбуке (Синхронизация ▸ Импорт). Охват определяет, что может хранить ноутбук: all или элементы country:КОД и partner:ID.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>&amp;Имя ноутбука</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Охват</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>&amp;Адрес хаба (необязательно)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>Со&amp;хранить в</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>&amp;Зарегистрировать и сохранить</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>На ноутбуке после импорта файла страница «Синхронизация» показывает тот же адрес хаба и отпечаток ключа: сравните их или отсканируйте этот код.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес хаба</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Ключ штаб-квартиры</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Одноразовый секрет</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Одноразовый секрет записан в файле и показан только сейчас: штаб-квартира больше его не покажет. Храните файл в надёжном месте, пока ноутбук не пришлёт первый пакет.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>Файл регистрации для «{name}» сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (диаграммы и таблицы)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Книга Excel (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Начать с BOM, для Excel</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Публичный (числа меньше 5 скрыты)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Внутренний (точные числа)</translation>
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
        <translation>Что-то пошло не так, и последнее действие не завершилось. Всё, что вы ввели, сохранилось. Подробности — в журнале в папке данных.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>П&amp;роект</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Пар&amp;тнёр</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Стра&amp;на</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>&amp;Аудитория</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Публичный (числа меньше 5 скрыты)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Внутренний (точные числа)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Защитите данные на этом ноутбуке</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Защитите участников парольной фразой</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok будет хранить имена и коды людей, пришедших на ваши тренинги. Если ноутбук потеряют или изымут, тот, у кого он окажется, не должен узнать, кто они. С парольной фразой всё, что хранит Fältbok, шифруется и открывается только с ней.

Выберите такую, которую сможете запомнить: без неё данные не восстановит никто, даже головной офис. Её можно задать и позже в настройках.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Задать парольную фразу</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>Продолжить &amp;без парольной фразы</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok не удалось подготовить базу данных: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Задержанные изменения</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>&amp;Применить задержанные изменения</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Применить задержанные изменения</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Задержанных изменений нет.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>Эти изменения датированы более чем на сутки вперёд — вероятно, часы на каком-то ноутбуке шли неверно. Они не применяются, пока вы их не примените.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>Эти изменения датированы более чем на сутки вперёд — вероятно, часы на каком-то ноутбуке шли неверно. Применить их может только координатор.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Reading</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Дайте ноутбуку имя.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>Ноутбук с именем «{name}» уже зарегистрирован: выберите другое имя.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Адрес хаба не является веб-адресом вида https://hq.example.org.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Этот ноутбук ещё не прислал свой первый пакет; сначала примите его.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Недопустимый охват: укажите all или элементы country:КОД и partner:ID через запятую, с партнёрами, которые есть в штаб-квартире.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Отклонён: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>Уже принят от «{name}»; квитанция записана заново.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>Объединено от «{name}»: %Ln изменение.</numerusform>
            <numerusform>Объединено от «{name}»: %Ln изменения.</numerusform>
            <numerusform>Объединено от «{name}»: %Ln изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Ожидают связанных записей: %Ln.</numerusform>
            <numerusform>Ожидают связанных записей: %Ln.</numerusform>
            <numerusform>Ожидают связанных записей: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>В карантине: %Ln.</numerusform>
            <numerusform>В карантине: %Ln.</numerusform>
            <numerusform>В карантине: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Квитанцию не удалось записать: примите файл ещё раз, чтобы записать её.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>«{name}»: ничего не записано. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>«{name}»: %Ln изменение в {file}.</numerusform>
            <numerusform>«{name}»: %Ln изменения в {file}.</numerusform>
            <numerusform>«{name}»: %Ln изменений в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>«{name}» отозван: его пакеты теперь отклоняются. Присланное ранее сохраняется.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>подписанный запрос</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>пакет сохранён</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>пакет объединён</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>пакет отклонён ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Ноутбуки с подключением к сети сами синхронизируются с хабом. Офис без сервера может запустить хаб здесь: он продолжает работать, пока приложение заблокировано, и останавливается при выходе из приложения.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Хаб</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>&amp;Слушать на</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Порт</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Работает (запущен этим приложением)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запускается…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Работает (запущен в другом месте)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Не работает</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Последний запуск не удался: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>&amp;Запустить хаб</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>Ос&amp;тановить хаб</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>&amp;Последние запросы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Последние запросы</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Выход из Fältbok</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Хаб работает. При выходе он остановится.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>Ноутбуки не могут синхронизироваться с головным офисом, пока хаб остановлен. Они сохранят свои изменения и отправят их, когда хаб снова заработает.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Остановить хаб и &amp;выйти</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Оставить работать</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Hub &amp;address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Сохранить адрес</translation>
    </message>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Сохранено. Fältbok сам синхронизируется с этим адресом, когда есть подключение.</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Синхронизироваться с этим сервером отныне</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hq.example.org</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Эта папка данных — головной офис: она сама служит сервером</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Головной офис ответил так, что эта версия Fältbok его не понимает. Обновите приложение или обратитесь в головной офис.</translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Не удалось связаться с головным офисом. Fältbok сам попробует ещё раз; ваши изменения сохранены на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Головной офис отказал этому ноутбуку: {reason}</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Головной офис отказал этому ноутбуку: {reason}. Спросите в головном офисе, что делать; ваши изменения сохранены на этом ноутбуке.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Адрес головного офиса не задан. Укажите его в настройках.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Синхронизация не удалась.</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Синхронизация не удалась: головной офис ответил неожиданно</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Синхронизация не удалась: сертификату сервера нет доверия</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Синхронизация остановлена: нет адреса головного офиса</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Синхронизация остановлена: ноутбук ещё не зарегистрирован</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Синхронизировано только что</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Синхронизировано с головным офисом.</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Синхронизировано с головным офисом: ничего нового для отправки или получения.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Fältbok не может использовать этот веб-адрес. Напишите его так: https://hq.example.org (http:// — только для сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Соединение с головным офисом было слишком медленным и прервано. Fältbok сам попробует ещё раз и продолжит загрузку с места остановки.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Сертификату сервера нет доверия, поэтому ничего не отправлено. Проверьте адрес головного офиса в настройках.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Этот ноутбук ещё не зарегистрирован в головном офисе. Сначала импортируйте файл регистрации, который вам дал головной офис.</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Ожидание подключения</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>не принят</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>не зарегистрирован там</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>подпись не принята (проверьте дату и время ноутбука)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>Синхронизировано %Ln минуту назад</numerusform>
            <numerusform>Синхронизировано %Ln минуты назад</numerusform>
            <numerusform>Синхронизировано %Ln минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>Синхронизировано %Ln час назад</numerusform>
            <numerusform>Синхронизировано %Ln часа назад</numerusform>
            <numerusform>Синхронизировано %Ln часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>Синхронизировано %Ln день назад</numerusform>
            <numerusform>Синхронизировано %Ln дня назад</numerusform>
            <numerusform>Синхронизировано %Ln дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>новая попытка через %Ln секунду</numerusform>
            <numerusform>новая попытка через %Ln секунды</numerusform>
            <numerusform>новая попытка через %Ln секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>новая попытка через %Ln минуту</numerusform>
            <numerusform>новая попытка через %Ln минуты</numerusform>
            <numerusform>новая попытка через %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Отправлено изменений: %Ln.</numerusform>
            <numerusform>Отправлено изменений: %Ln.</numerusform>
            <numerusform>Отправлено изменений: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Пакетов подтверждено головным офисом: %Ln.</numerusform>
            <numerusform>Пакетов подтверждено головным офисом: %Ln.</numerusform>
            <numerusform>Пакетов подтверждено головным офисом: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Отправка изменений в головной офис… {percent} %</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>Экспорт IATI</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>В {0} записана %n активность IATI.</numerusform>
            <numerusform>В {0} записаны %n активности IATI.</numerusform>
            <numerusform>В {0} записано %n активностей IATI.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Ничего не записано: сначала укажите IATI-идентификатор организации в настройках.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Ничего не записано: IATI-идентификатор или название организации в настройках недействительны.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Ничего не записано: нет проектов для публикации.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Ничего не записано: проект «{0}» сделал бы файл IATI недействительным ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Ничего не записано: файл не удалось сохранить там ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Ничего не записано: не удалось создать файл IATI.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>Организация для &amp;IATI</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Идентификатор, напр. SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>IATI-идентификатор организации</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>Название организации для IATI</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Сохранить организацию</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Сохранено. Теперь файлы IATI указывают эту организацию.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Не сохранено: идентификатор состоит из букв, цифр, точек и дефисов (например, SE-ON-802005-9839), название — из обычного текста.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Значения, не соответствующие индикатору (выделены красным): {count}. Поля, объединённые с двух ноутбуков, могут не сходиться; исправьте их в разделе «Значения индикаторов».</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Значения по периодам</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Значения по периодам</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>Значения «{name}» по периодам</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Прогресс по индикаторам</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Заблокировать Fältbok сейчас ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Без парольной фразы Fältbok нельзя заблокировать. Задайте её в настройках.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Это не текущая парольная фраза. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Данные на этом ноутбуке теперь зашифрованы.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Парольная фраза удалена: данные больше не зашифрованы.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Не удалось изменить парольную фразу: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Повторное шифрование данных…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Стирание…</translation>
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
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Тренинги и мероприятия</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
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
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>&amp;Экспорт пакета синхронизации…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>Экспорт I&amp;ATI…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>&amp;О программе Fältbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Новая &amp;парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>П&amp;овторите её</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Не менее %n символа</numerusform>
            <numerusform>Не менее %n символов</numerusform>
            <numerusform>Не менее %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Используйте не менее %n символа: короткую парольную фразу быстро подберут.</numerusform>
            <numerusform>Используйте не менее %n символов: короткую парольную фразу быстро подберут.</numerusform>
            <numerusform>Используйте не менее %n символов: короткую парольную фразу быстро подберут.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же дважды.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Вне защищённой папки</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Файл будет записан вне защищённой папки Fältbok, в открытом виде: его сможет прочитать любой, у кого окажется ноутбук. Быстрое удаление его не уничтожит.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Всё равно сохранить там</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>%Ln ваша правка перезаписана — проверьте</numerusform>
            <numerusform>%Ln ваши правки перезаписаны — проверьте</numerusform>
            <numerusform>%Ln ваших правок перезаписано — проверьте</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Кто-то, не видевший вашей правки, позже сохранил другое значение, и оставлено оно. Откройте список конфликтов, чтобы вернуть ваше значение или оставить другое ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Задать парольную фразу</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Удалить парольную фразу</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Всё, что Fältbok хранит на этом ноутбуке, будет зашифровано и откроется только с этой парольной фразой. Без неё данные не восстановит никто.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>База данных, её резервные копии и ключи этого устройства будут заново зашифрованы новой парольной фразой. Старая перестанет действовать.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Без парольной фразы любой, у кого окажется ноутбук, сможет прочитать имена и коды участников. Удаляйте её, только если ноутбук никогда не покидает безопасное место.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Задать парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Удалить парольную фразу</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Values that do not fit this indicator: {count}</source>
        <translation>Значения, не соответствующие индикатору: {count}</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Данные на этом ноутбуке зашифрованы парольной фразой.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>У данных на этом ноутбуке нет парольной фразы: любой, у кого окажется ноутбук, сможет прочитать имена и коды участников.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>Задать &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Удалить парольную фразу…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Быстрое &amp;стирание…</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Блокировать после &amp;минут бездействия</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Минут без ввода до блокировки Fältbok</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Предлагать стирание после &amp;неверных парольных фраз</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Неверных парольных фраз до предложения стереть данные</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Задать парольную фразу</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Удалить парольную фразу</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Быстрое стирание</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Только координатор может здесь стереть данные или сменить парольную фразу. После слишком многих неверных парольных фраз экран блокировки предлагает стирание любому.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Скрыто; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Показать имена</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Показать скрытые личные данные этой записи (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Сохранить запись (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Поиск: {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Удалить выбранную запись (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Удалено. Отменить: Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Введите для поиска</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Показать варианты (Alt+Вниз)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Показать варианты</translation>
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
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Отчёт записывается…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Сводка по проекту</translation>
    </message>
    <message>
        <source>public</source>
        <translation>публичный</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутренний</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>«{title}» ({audience}, {format}) сохранён в {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>Та&amp;блица</translation>
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
        <translation>Прогресс по индикаторам</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Посещаемость по полу и возрасту</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Аудитория адвокации в Швеции</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Выплаты в сравнении с бюджетом</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Пол и возраст</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Тренинги по полу</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Тренинги по возрасту</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Проекты по полу</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Проекты по возрасту</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Партнёры по полу</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Партнёры по возрасту</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Страны по полу</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Страны по возрасту</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Кварталы по полу</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Кварталы по возрасту</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Виды по странам</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Виды по целевым группам</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Кварталы по целевым группам</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>По проектам</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>По кварталам</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Конец последнего периода</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
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
        <translation>Выплачено</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Доля бюджета</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университеты</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Лица, принимающие решения</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Выставочные залы</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Широкая публика</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Публичный: числа меньше 5 скрыты</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Внутренний: точные числа</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Создан (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Адвокация</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX или CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>Сводка по прое&amp;кту…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Выбранный проект на одной странице для печати (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Сначала выберите проект: сводка делается по одному проекту.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Отзыв ноутбука</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>Отозвать «{name}»?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Его будущие пакеты будут отклоняться, здесь и на хабе, и ответные пакеты для него записываться не будут. Присланное ранее остаётся в данных штаб-квартиры. Это нельзя отменить: чтобы снова использовать ноутбук, зарегистрируйте его заново.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Год или дата рождения</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Возраст (лет)</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Известен: добавляется в состав</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Уже в составе</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортируется</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Этот файл не является таблицей или CSV-файлом, который может прочитать Fältbok.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>В файле нет участников.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Книга защищена паролем. Сохраните её без пароля и импортируйте эту копию.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>В книге есть формулы без сохранённых результатов. Откройте её в табличной программе, сохраните и импортируйте снова.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Файл слишком велик для импорта (не более 100 000 строк).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>Две колонки заполняют «{field}»; выберите одну.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Укажите, что содержит хотя бы одна колонка.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>Новых: {new}, известных: {known}, уже в составе: {on_roster}, не импортируется: {rejected}.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Импортировано. Новых участников: {new}; известных, добавленных в состав: {known}; неимпортированных строк: {rejected}. Ctrl+Z отменяет весь импорт.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Импорт списка участников</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>В состав тренинга: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Колонка в файле</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Заполняет</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Какая колонка что содержит</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>&amp;Запомнить сопоставление для списков партнёра</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>&amp;Сохранить неимпортированные строки…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Выберите список участников</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Списки (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(колонка {n})</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>Что содержит колонка {column}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Сохранить неимпортированные строки</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Неимпортированные строки ({count}) сохранены, чтобы исправить и импортировать снова: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Не удалось сохранить неимпортированные строки: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>PIN-код координатора</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>Права координатора на этом ноутбуке защищены. Введите PIN-код координатора или парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN-код или парольная фраза</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>PIN-код координатора или парольная фраза</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Папка для ответных пакетов</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Нет ноутбука, для которого нужен ответный пакет.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Записано ответных пакетов: %Ln.</numerusform>
            <numerusform>Записано ответных пакетов: %Ln.</numerusform>
            <numerusform>Записано ответных пакетов: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Это может сделать только координатор.</translation>
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
        <translation>&amp;Занятие</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Это занятие {date}, а не сегодняшнее ({today}).</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Задать PIN-код координатора</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>Чтобы стать координатором или назначить кого-то координатором, понадобится этот PIN-код или парольная фраза. Не менее {n} символов; сообщайте его только координаторам.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Новый &amp;PIN-код</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-код &amp;ещё раз</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>Новый PIN-код координатора</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>Новый PIN-код координатора ещё раз</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-код должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Имена в листе</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Указать имена участников в листе? Без имён в нём только их коды. Лист с именами ставит под угрозу всех, кто в нём указан, если его потеряют или увидят посторонние.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Без имён</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>С именами</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Книга Excel, все занятия (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, все занятия (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Сохранить лист посещаемости</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Посещено занятий</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Не удалось сохранить: {reason}</translation>
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
        <translation>В любом месте окна</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Формы</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Форма нового участника</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Синхронизация ▸ Конфликты</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>Перейти к разделу 1 … 9</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Перейти к разделу «Устройства» (только в головном офисе)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Следующая вкладка раздела</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Предыдущая вкладка раздела</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Экспортировать пакет синхронизации</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Импортировать файл из головного офиса</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Синхронизировать с головным офисом сейчас</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Просмотреть ваши перезаписанные изменения</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Этот список сочетаний клавиш</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Искать в списке</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Сохранить форму</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Показать скрытые личные поля (только для разрешённых ролей)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Отметить присутствие участника с введённым кодом</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>В списке: переключить присутствие</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Добавить нового участника на месте</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Показать имена (только для разрешённых ролей)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Отметить занятие завершённым</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Сохранить заполненный лист в PDF</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Сохранить пустой лист в PDF</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Импортировать список участников в состав</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Вернуться в поле кода</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Выбрать тренинг</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Выбрать занятие</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Закрыть форму</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Восстановить отложенное значение</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Оставить текущее значение</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Экспортировать отчёт (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Сохранить сводку выбранного проекта на одной странице</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что они делают</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Экспорт пакета синхронизации</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Пакеты синхронизации Fältbok (*.fbk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Импорт из головного офиса</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Файлы Fältbok (*.fbk *.json *.enrol);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Запись пакета синхронизации…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Отложенное значение восстановлено; оно отправится в головной офис со следующим пакетом синхронизации.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Текущее значение остаётся; конфликт закрыт.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Это может сделать только координатор.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(скрыто: имя или контакт)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записан</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Получен головным офисом</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Да, подтверждено</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Сохранено: кем, когда</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Отложено: кем, когда</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Отложенное значение</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Синхронизация с головным офисом</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Всё, что вы вводите, хранится на этом ноутбуке и работает без подключения к сети. Изменения передаются в головной офис в подписанных зашифрованных пакетах синхронизации — на USB-накопителе или по сети.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Изменения, ещё не подтверждённые</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Ожидают связанных записей</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Задержанные</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Ключ штаб-квартиры</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Записать ваши изменения для головного офиса (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Экспорт пакета синхронизации</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Импортировать пакет или квитанцию из головного офиса либо файл регистрации (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Экспортированные пакеты</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Конфликты (%Ln)</numerusform>
            <numerusform>Конфликты (%Ln)</numerusform>
            <numerusform>Конфликты (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Задержанные (%Ln)</numerusform>
            <numerusform>Задержанные (%Ln)</numerusform>
            <numerusform>Задержанные (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Зарегистрирован в головном офисе</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Эта папка данных — головной офис</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Ещё не зарегистрирован: импортируйте файл регистрации из головного офиса</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Автосинхронизация</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключена</translation>
    </message>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Выключена: нет адреса головного офиса (Настройки)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Синхронизироваться с сервером головного офиса сейчас (F5)</translation>
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
        <translation>Нет пользователя</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Текущий пользователь</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет сети</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Подсчёт изменений…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln изменение не подтверждено</numerusform>
            <numerusform>%Ln изменения не подтверждены</numerusform>
            <numerusform>%Ln изменений не подтверждено</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Sync with headquarters</source>
        <translation>Синхронизация с головным офисом</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Этот файл зашифрован для другого головного офиса или другого ноутбука, поэтому открыть его здесь нельзя.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Подпись этого файла не совпадает с головным офисом, в котором зарегистрирован ноутбук: файл изменён или получен из другого источника.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Этот файл пришёл с ноутбука, который головной офис никогда не регистрировал.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Этот файл пришёл с ноутбука, регистрацию которого головной офис отозвал.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Этот файл подписан не тем ключом, который записан для его ноутбука.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Этот файл устроен не так, как пакет синхронизации: он повреждён, слишком велик или создан, чтобы навредить.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Этот файл повреждён, неполон или не является файлом синхронизации Fältbok.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Этот файл записан более новой версией Fältbok. Обновите приложение и импортируйте его снова.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Этот файл содержит изменения, неизвестные этой версии Fältbok.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Этот ноутбук ещё не зарегистрирован в головном офисе. Сначала импортируйте файл регистрации, который вам дал головной офис.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Эта папка данных — головной офис: пакеты синхронизации записываются на ноутбуках.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Этот ноутбук уже зарегистрирован или отправлял пакеты под другим именем. Файл регистрации нужен только при первой регистрации ноутбука.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Этот файл предназначен для другого ноутбука или для головного офиса.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Этого элемента больше нет; список обновлён.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Ключи синхронизации этого ноутбука отсутствуют в его папке данных. Попросите головной офис зарегистрировать его заново.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok не может читать или записывать этот файл. Выберите другое место.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Такого файла или папки нет.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Не удалось прочитать или записать файл: возможно, диск заполнен или накопитель извлечён.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Пакет синхронизации записан в {path}. Изменений в нём: %Ln.</numerusform>
            <numerusform>Пакет синхронизации записан в {path}. Изменений в нём: %Ln.</numerusform>
            <numerusform>Пакет синхронизации записан в {path}. Изменений в нём: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Имён и контактов осталось на этом ноутбуке: %Ln.</numerusform>
            <numerusform>Имён и контактов осталось на этом ноутбуке: %Ln.</numerusform>
            <numerusform>Имён и контактов осталось на этом ноутбуке: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Головной офис подтвердил получение вашего пакета (изменений в нём: %Ln).</numerusform>
            <numerusform>Головной офис подтвердил получение вашего пакета (изменений в нём: %Ln).</numerusform>
            <numerusform>Головной офис подтвердил получение вашего пакета (изменений в нём: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
            <numerusform>Изменений принято из головного офиса: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Ожидают записей, которых ещё нет: %Ln.</numerusform>
            <numerusform>Ожидают записей, которых ещё нет: %Ln.</numerusform>
            <numerusform>Ожидают записей, которых ещё нет: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Задержано до решения координатора (датировано будущим): %Ln.</numerusform>
            <numerusform>Задержано до решения координатора (датировано будущим): %Ln.</numerusform>
            <numerusform>Задержано до решения координатора (датировано будущим): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
            <numerusform>Конфликтов для проверки: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Этот ноутбук теперь зарегистрирован в головном офисе как «{name}». Экспортируйте пакет синхронизации, чтобы отправить свою работу.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Применено задержанных изменений: %Ln.</numerusform>
            <numerusform>Применено задержанных изменений: %Ln.</numerusform>
            <numerusform>Применено задержанных изменений: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Выберите пакеты от ноутбуков</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Пакеты синхронизации Fältbok (*.fbk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Папка для квитанций</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Это может сделать только координатор.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Приём пакетов</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Перетащите сюда пакеты (.fbk) от ноутбуков или добавьте их. Каждый проверяется и объединяется отдельно: отклонённый пакет ничего не меняет.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Пакеты для приёма</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Добавить пакеты…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>&amp;Квитанции в</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v из %m пакетов</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>At most {limit} characters</source>
        <translation>Не более {limit} символов</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Не удалось отменить или повторить: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>запись больше не существует</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>Новая запись: {list}</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Изменение: {list}</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>Удаление: {list}</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok заблокирован</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Данные на этом ноутбуке зашифрованы. Введите парольную фразу, чтобы открыть их.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>&amp;Стереть все данные…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Стереть все данные</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>%n неверная попытка с последней разблокировки.</numerusform>
            <numerusform>%n неверные попытки с последней разблокировки.</numerusform>
            <numerusform>%n неверных попыток с последней разблокировки.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Это предел неверных попыток для этого ноутбука. При необходимости вы можете сейчас стереть с него все данные Fältbok.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Парольная фраза неверна. Fältbok остаётся заблокированным.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok не удалось открыть базу данных: {error}</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>Ваши изменения в «{name}» ещё не сохранены.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>Новая запись в списке «{list}» ещё не сохранена.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Сохраните их и продолжите, отбросьте их и продолжите или отмените, чтобы продолжить редактирование.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Кто работает с Fältbok?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Выберите своего пользователя или создайте нового. От вашей роли зависит, можно ли показывать имена участников.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Или новый пользователь: &amp;имя</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Имя нового пользователя</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Роль нового пользователя</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Выбрать</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Создать и выбрать</translation>
    </message>
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Только координатор может создавать пользователей и менять роли. Переход к пользователю с бо́льшими правами требует PIN-код координатора или парольную фразу.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Роли на этом ноутбуке не защищены: любой может стать координатором и увидеть имена. Задайте PIN-код координатора (или парольную фразу), чтобы защитить их.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Задать &amp;PIN-код координатора…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>Неверный PIN-код или парольная фраза. После {n} неверных попыток PIN-код заблокирован: введите парольную фразу.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>Неверный PIN-код или парольная фраза (использовано попыток: {failures} из {limit}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Для этого нужен PIN-код координатора или парольная фраза. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-код должен содержать не менее {n} символов.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>Только координатор может задать PIN-код координатора.</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Новый участник на месте</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Добавить и отметить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>База данных была заблокирована, поэтому Fältbok не смог подсчитать изменения, не подтверждённые головным офисом. Всё несинхронизированное потеряно.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Головной офис подтвердил все изменения: ничего неотправленного не потеряно.</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok уничтожил свои данные на этом ноутбуке (%Ln файл).</numerusform>
            <numerusform>Fältbok уничтожил свои данные на этом ноутбуке (%Ln файла).</numerusform>
            <numerusform>Fältbok уничтожил свои данные на этом ноутбуке (%Ln файлов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Это %Ln изменение не было подтверждено головным офисом и потеряно:</numerusform>
            <numerusform>Эти %Ln изменения не были подтверждены головным офисом и потеряны:</numerusform>
            <numerusform>Эти %Ln изменений не были подтверждены головным офисом и потеряны:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Стереть все данные</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Стереть все данные Fältbok с этого ноутбука?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Это сразу уничтожит базу данных, её резервные копии, экспортированные пакеты синхронизации и ключи этого устройства. Отменить это нельзя, и парольная фраза ничего не вернёт.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Стереть всё</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Стереть всё</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Подсчёт изменений, ещё не подтверждённых головным офисом…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>База данных заблокирована, поэтому Fältbok не может подсчитать изменения, ещё не подтверждённые головным офисом. Всё несинхронизированное будет потеряно.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Головной офис подтвердил все изменения, сделанные на этом ноутбуке: ничего неотправленного не потеряется.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Головной офис ещё не подтвердил это %Ln изменение. Оно будет потеряно:</numerusform>
            <numerusform>Головной офис ещё не подтвердил эти %Ln изменения. Они будут потеряны:</numerusform>
            <numerusform>Головной офис ещё не подтвердил эти %Ln изменений. Они будут потеряны:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Данные стёрты</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Стирание не завершено</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Стирание не завершилось: {error}. Некоторые файлы могут остаться; попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Этот индикатор не разбивается по полу.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Этот индикатор не разбивается по возрастным группам.</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Значения суммируются по периодам</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Должно быть целым числом.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Что измеряется</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Разбивка по полу даёт в сумме {total}, а значение — {value}.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Разбивка по возрастным группам даёт в сумме {total}, а значение — {value}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
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
        <translation>Статус</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Имена можно передавать в головной офис</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Исходное значение</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>По полу</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>По возрастным группам</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Разбивка</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата выплаты</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ведущие</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Размер аудитории</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Тренинг</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Согласие получено</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Дата визита</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Веб-адрес</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Аудитория: сотрудники вузов</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Аудитория: студенты</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Аудитория: лица, принимающие решения</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Аудитория: библиотеки</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Аудитория: выставочные залы</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Аудитория: широкая публика</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Открытый ключ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Значения индикаторов</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Занятия</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Списки участников</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Записи о посещаемости</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Командирования</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Полевые отчёты</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Адвокационные мероприятия</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Таджикистан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
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
        <translation>Права ЛГБТК+</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Молодёжь и демократия</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Трансформация конфликтов</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Экология и климат</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Пермакультура и продовольственный суверенитет</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Права человека</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычная</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Чувствительная</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Высокий риск</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
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
        <translation>Выставка</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>День ролевых игр</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Слушания</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Полевой визит</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Аналитическая записка</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Книга</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женщина</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужчина</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Небинарный человек</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>До 18</translation>
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
        <translation>50 и старше</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Полевой сотрудник</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Эксперт</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Выберите одно из значений списка.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>Не может быть раньше, чем «{start}».</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Слишком длинно: не более {limit} символов.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Содержит символ, который не является текстом.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>Слишком большое число.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Недопустимая дата.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Недопустимое число.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Ссылается на запись, которой больше нет.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Нет в списке участников этого тренинга.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Уже используется в другой записи.</translation>
    </message>
    <message>
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>«{value}» — Fältbok не знает такого значения.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>В файле дважды (впервые в строке {line}).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Нечего импортировать.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Не принято ({code}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
