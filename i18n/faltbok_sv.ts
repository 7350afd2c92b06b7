<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>AttendancePage</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <source>Code or name to mark present</source>
        <translation>Kod eller namn att markera som närvarande</translation>
    </message>
    <message>
        <source>Type part of a code and press Enter</source>
        <translation>Skriv en del av en kod och tryck Enter</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Deltagarlista</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Ny på plats…</translation>
    </message>
    <message>
        <source>Add someone not on the roster (Ctrl+N)</source>
        <translation>Lägg till någon som inte står på listan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <source>Show participants&apos; names (Ctrl+Shift+N)</source>
        <translation>Visa deltagarnas namn (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Mark session complete</source>
        <translation>Markera tillfället som avslutat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Skift+C</translation>
    </message>
    <message>
        <source>Print filled sheet…</source>
        <translation>Skriv ut ifylld lista…</translation>
    </message>
    <message>
        <source>Save the sheet with who was present as PDF (Ctrl+P)</source>
        <translation>Spara listan med de närvarande som PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print blank sheet…</source>
        <translation>Skriv ut tom lista…</translation>
    </message>
    <message>
        <source>Save an empty sheet to fill in by hand (Ctrl+Shift+P)</source>
        <translation>Spara en tom lista att fylla i för hand (Ctrl+Skift+P)</translation>
    </message>
    <message>
        <source>No one on the roster matches “{text}”. Ctrl+N adds a walk-in.</source>
        <translation>Ingen på listan matchar ”{text}”. Ctrl+N lägger till en ny deltagare.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n deltagare matchar; skriv mer, eller använd piltangenterna och mellanslag.</numerusform>
            <numerusform>%n deltagare matchar; skriv mer, eller använd piltangenterna och mellanslag.</numerusform>
        </translation>
    </message>
    <message>
        <source>{code} is present.</source>
        <translation>{code} är närvarande.</translation>
    </message>
    <message>
        <source>{code} is no longer marked present.</source>
        <translation>{code} är inte längre markerad som närvarande.</translation>
    </message>
    <message>
        <source>{code} was registered before: now on this roster and present.</source>
        <translation>{code} var redan registrerad: står nu på den här listan och är närvarande.</translation>
    </message>
    <message>
        <source>{code} added to the roster and present.</source>
        <translation>{code} har lagts till på listan och är närvarande.</translation>
    </message>
    <message>
        <source>Session marked complete.</source>
        <translation>Tillfället är markerat som avslutat.</translation>
    </message>
    <message>
        <source>Your role does not show participants&apos; names.</source>
        <translation>Din roll visar inte deltagarnas namn.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Närvarolista</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Present: {present} of {total}</source>
        <translation>Närvarande: {present} av {total}</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Spara närvarolista</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sheet as {path}.</source>
        <translation>Listan sparades som {path}.</translation>
    </message>
</context>
<context>
    <name>CountsWidget</name>
    <message>
        <source>Present now</source>
        <translation>Närvarande nu</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Indicator progress</source>
        <translation>Indikatorernas utveckling</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Trainings &amp;&amp; activities</source>
        <translation>Utbildningar &amp;&amp; aktiviteter</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Opinionsbildning</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkning</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;About Fältbok</source>
        <translation>&amp;Om Fältbok</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avdelningar</translation>
    </message>
    <message>
        <source>About Fältbok</source>
        <translation>Om Fältbok</translation>
    </message>
    <message>
        <source>Fältbok: offline field data for Centralasiengrupperna.</source>
        <translation>Fältbok: fältdata utan uppkoppling för Centralasiengrupperna.</translation>
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
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
</context>
<context>
    <name>RecordFormWidget</name>
    <message>
        <source>New record</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <source>Edit record</source>
        <translation>Redigera post</translation>
    </message>
    <message>
        <source>Hidden; type to replace</source>
        <translation>Dolt; skriv för att ersätta</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <source>Show the hidden personal fields of this record (Ctrl+Shift+N)</source>
        <translation>Visa de dolda personuppgifterna i denna post (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Spara posten (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message>
        <source>Search {list} (Ctrl+F)</source>
        <translation>Sök i {list} (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Ny post (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected record (Ctrl+Del)</source>
        <translation>Ta bort den markerade posten (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Deleted. Undo with Ctrl+Z.</source>
        <translation>Borttaget. Ångra med Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln post</numerusform>
            <numerusform>%Ln poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionPickerWidget</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Tillfälle</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Tillfälle</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktuell användare</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Synkning med huvudkontoret</translation>
    </message>
    <message>
        <source>Everything you record is kept on this laptop and works without a connection. Changes travel to headquarters in signed, encrypted sync packages, on a USB stick or over the network.</source>
        <translation>Allt du registrerar sparas på den här datorn och fungerar utan uppkoppling. Ändringar skickas till huvudkontoret i signerade, krypterade synkpaket, på ett USB-minne eller över nätet.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Den här enheten</translation>
    </message>
    <message>
        <source>Exporting and importing sync packages and reviewing conflicts will be available here.</source>
        <translation>Här kommer du att kunna exportera och importera synkpaket och granska konflikter.</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Ändringar som ännu inte bekräftats</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkning</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Online</source>
        <translation>Uppkopplad</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Frånkopplad</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Counting changes…</source>
        <translation>Räknar ändringar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln ändring ännu inte bekräftad</numerusform>
            <numerusform>%Ln ändringar ännu inte bekräftade</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Senaste synkning: {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Wrote %n change(s) to {path}.</source>
        <translation>
            <numerusform>Skrev %n ändring till {path}.</numerusform>
            <numerusform>Skrev %n ändringar till {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or contact(s) stayed on this laptop.</source>
        <translation>
            <numerusform>%n namn eller kontaktuppgift stannade på den här datorn.</numerusform>
            <numerusform>%n namn eller kontaktuppgifter stannade på den här datorn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed it received your changes (%n change(s) in that package).</source>
        <translation>
            <numerusform>Huvudkontoret bekräftade att det tagit emot dina ändringar (%n ändring i det paketet).</numerusform>
            <numerusform>Huvudkontoret bekräftade att det tagit emot dina ändringar (%n ändringar i det paketet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from headquarters.</source>
        <translation>
            <numerusform>Tog emot %n ändring från huvudkontoret.</numerusform>
            <numerusform>Tog emot %n ändringar från huvudkontoret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n väntar på poster som inte har kommit än.</numerusform>
            <numerusform>%n väntar på poster som inte har kommit än.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held back for a coordinator (dated in the future).</source>
        <translation>
            <numerusform>%n hålls kvar åt en samordnare (daterad i framtiden).</numerusform>
            <numerusform>%n hålls kvar åt en samordnare (daterade i framtiden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n konflikt att granska.</numerusform>
            <numerusform>%n konflikter att granska.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n held-back change(s).</source>
        <translation>
            <numerusform>Släppte %n kvarhållen ändring.</numerusform>
            <numerusform>Släppte %n kvarhållna ändringar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Could not undo or redo: {reason}</source>
        <translation>Kunde inte ångra eller göra om: {reason}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>posten finns inte längre</translation>
    </message>
    <message>
        <source>New record in {list}</source>
        <translation>Ny post i {list}</translation>
    </message>
    <message>
        <source>Edit in {list}</source>
        <translation>Ändring i {list}</translation>
    </message>
    <message>
        <source>Delete in {list}</source>
        <translation>Borttagning i {list}</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>Markera närvaro</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Vem använder Fältbok?</translation>
    </message>
    <message>
        <source>Choose your user, or create one. Your role decides whether participants&apos; names can be shown.</source>
        <translation>Välj din användare eller skapa en. Din roll avgör om deltagarnas namn kan visas.</translation>
    </message>
</context>
<context>
    <name>UserPickerWidget</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Användare</translation>
    </message>
    <message>
        <source>Or a new user: &amp;name</source>
        <translation>Eller en ny användare: &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Roll</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>New user&apos;s name</source>
        <translation>Den nya användarens namn</translation>
    </message>
    <message>
        <source>New user&apos;s role</source>
        <translation>Den nya användarens roll</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Create and use</source>
        <translation>Skapa och använd</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>Walk-in participant</source>
        <translation>Ny deltagare på plats</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>Add and mark present</source>
        <translation>Lägg till och markera närvarande</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Känslighet</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Names may travel to headquarters</source>
        <translation>Namn får skickas till huvudkontoret</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgångsvärde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målvärde</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>Per kön</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>Per åldersgrupp</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Fördelning</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Ledare</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Audience size</source>
        <translation>Antal i publiken</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Samtycke givet</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Tillfälle</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Besöksdatum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Audience: university staff</source>
        <translation>Publik: universitetsanställda</translation>
    </message>
    <message>
        <source>Audience: students</source>
        <translation>Publik: studenter</translation>
    </message>
    <message>
        <source>Audience: decision makers</source>
        <translation>Publik: beslutsfattare</translation>
    </message>
    <message>
        <source>Audience: libraries</source>
        <translation>Publik: bibliotek</translation>
    </message>
    <message>
        <source>Audience: art halls</source>
        <translation>Publik: konsthallar</translation>
    </message>
    <message>
        <source>Audience: general public</source>
        <translation>Publik: allmänheten</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>Publik nyckel</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Spärrad</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Indikatorvärden</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Utbildningar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Rosters</source>
        <translation>Deltagarlistor</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Närvaroposter</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Utsändningar</translation>
    </message>
    <message>
        <source>Field reports</source>
        <translation>Fältrapporter</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publikationer</translation>
    </message>
    <message>
        <source>Advocacy events</source>
        <translation>Opinionsevenemang</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgizistan</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakstan</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadzjikistan</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Feminism</source>
        <translation>Feminism</translation>
    </message>
    <message>
        <source>LGBTQ+ rights</source>
        <translation>Hbtqi-rättigheter</translation>
    </message>
    <message>
        <source>Youth and democracy</source>
        <translation>Unga och demokrati</translation>
    </message>
    <message>
        <source>Conflict transformation</source>
        <translation>Konflikttransformation</translation>
    </message>
    <message>
        <source>Environment and climate</source>
        <translation>Miljö och klimat</translation>
    </message>
    <message>
        <source>Permaculture and food sovereignty</source>
        <translation>Permakultur och matsuveränitet</translation>
    </message>
    <message>
        <source>Human rights</source>
        <translation>Mänskliga rättigheter</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Känslig</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hög risk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Föreläsning</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webbinarium</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Utställning</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Role-play day</source>
        <translation>Rollspelsdag</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Fältbesök</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Policyunderlag</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Bok</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Ej angivet</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Under 18</translation>
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
        <translation>50 och äldre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Field staff</source>
        <translation>Fältpersonal</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Praktikant</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Samordnare</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Måste fyllas i.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Välj ett av värdena i listan.</translation>
    </message>
    <message>
        <source>Cannot be before {start}.</source>
        <translation>Kan inte vara före {start}.</translation>
    </message>
    <message>
        <source>Cannot be negative.</source>
        <translation>Kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>Inte ett giltigt datum.</translation>
    </message>
    <message>
        <source>Not a valid number.</source>
        <translation>Inte ett giltigt tal.</translation>
    </message>
    <message>
        <source>Not a valid value.</source>
        <translation>Inte ett giltigt värde.</translation>
    </message>
    <message>
        <source>Refers to a record that no longer exists.</source>
        <translation>Hänvisar till en post som inte längre finns.</translation>
    </message>
    <message>
        <source>Not on the roster of this training.</source>
        <translation>Står inte på deltagarlistan för den här utbildningen.</translation>
    </message>
    <message>
        <source>Already used by another record.</source>
        <translation>Används redan av en annan post.</translation>
    </message>
    <message>
        <source>Not accepted ({code}).</source>
        <translation>Godtas inte ({code}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>self.widget</name>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
</context>
</TS>
