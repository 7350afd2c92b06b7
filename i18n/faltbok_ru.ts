<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_GB">
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
        <translation>Отметить занятие как завершённое</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Печать заполненного листа…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Сохранить лист с отметками присутствия в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Печать пустого листа…</translation>
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
        <source>Session marked complete.</source>
        <translation>Занятие отмечено как завершённое.</translation>
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
        <source>Save attendance sheet</source>
        <translation>Сохранить лист посещаемости</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Лист сохранён: {path}.</translation>
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
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Прогресс по индикаторам</translation>
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
        <translation>Тренинги &amp;&amp; мероприятия</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>About Fältbok</source>
        <translation>О программе Fältbok</translation>
    </message>
    <message>
        <source>Fältbok: offline field data for Centralasiengrupperna.</source>
        <translation>Fältbok: полевые данные без подключения к сети для Centralasiengrupperna.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
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
        <source>Latest value</source>
        <translation>Последнее значение</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
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
        <source>Exporting and importing sync packages and reviewing conflicts will be available here.</source>
        <translation>Здесь появятся экспорт и импорт пакетов синхронизации и просмотр конфликтов.</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Изменения, ещё не подтверждённые</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
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
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Wrote %n change(s) to {path}.</source>
        <translation>
            <numerusform>Записано %n изменение в {path}.</numerusform>
            <numerusform>Записано %n изменения в {path}.</numerusform>
            <numerusform>Записано %n изменений в {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or contact(s) stayed on this laptop.</source>
        <translation>
            <numerusform>%n имя или контакт остались на этом ноутбуке.</numerusform>
            <numerusform>%n имени или контакта остались на этом ноутбуке.</numerusform>
            <numerusform>%n имён или контактов остались на этом ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed it received your changes (%n change(s) in that package).</source>
        <translation>
            <numerusform>Головной офис подтвердил получение ваших изменений (%n изменение в этом пакете).</numerusform>
            <numerusform>Головной офис подтвердил получение ваших изменений (%n изменения в этом пакете).</numerusform>
            <numerusform>Головной офис подтвердил получение ваших изменений (%n изменений в этом пакете).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from headquarters.</source>
        <translation>
            <numerusform>Принято %n изменение из головного офиса.</numerusform>
            <numerusform>Принято %n изменения из головного офиса.</numerusform>
            <numerusform>Принято %n изменений из головного офиса.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n ожидает записей, которые ещё не пришли.</numerusform>
            <numerusform>%n ожидают записей, которые ещё не пришли.</numerusform>
            <numerusform>%n ожидают записей, которые ещё не пришли.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back for a coordinator (dated in the future).</source>
        <translation>
            <numerusform>%n задержано до решения координатора (датировано будущим).</numerusform>
            <numerusform>%n задержаны до решения координатора (датированы будущим).</numerusform>
            <numerusform>%n задержаны до решения координатора (датированы будущим).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n конфликт для проверки.</numerusform>
            <numerusform>%n конфликта для проверки.</numerusform>
            <numerusform>%n конфликтов для проверки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n held-back change(s).</source>
        <translation>
            <numerusform>Выпущено %n задержанное изменение.</numerusform>
            <numerusform>Выпущено %n задержанных изменения.</numerusform>
            <numerusform>Выпущено %n задержанных изменений.</numerusform>
        </translation>
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
    <message>
        <source>Mark attendance</source>
        <translation>Отметка присутствия</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Кто работает с Fältbok?</translation>
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
        <translation>Добавить и отметить присутствие</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Words</name>
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
<context>
    <name>self.widget</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
</context>
</TS>
