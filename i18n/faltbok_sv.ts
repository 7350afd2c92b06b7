<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fältbok</source>
        <translation>Om Fältbok</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Offline field data for Centralasiengrupperna. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Fältdata utan uppkoppling för Centralasiengrupperna. Fri programvara under GNU GPL, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Databas:</translation>
    </message>
    <message>
        <source>encrypted with a passphrase (SQLCipher)</source>
        <translation>krypterad med lösenfras (SQLCipher)</translation>
    </message>
    <message>
        <source>not encrypted (no passphrase set)</source>
        <translation>inte krypterad (ingen lösenfras satt)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Körs på:</translation>
    </message>
    <message>
        <source>Licences of the app and what it bundles:</source>
        <translation>Licenser för appen och det den innehåller:</translation>
    </message>
    <message>
        <source>&amp;Copy for a support request</source>
        <translation>&amp;Kopiera till en supportförfrågan</translation>
    </message>
    <message>
        <source>Open the &amp;licences folder</source>
        <translation>Öppna &amp;licensmappen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>HEIC image</source>
        <translation>HEIC-bild</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>WebP-bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-dokument</translation>
    </message>
    <message>
        <source>Excel spreadsheet</source>
        <translation>Excel-kalkylblad</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-text</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-kalkylblad</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Ren text</translation>
    </message>
    <message>
        <source>not on this laptop yet</source>
        <translation>finns inte på den här datorn än</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Släpp filer här för att bifoga dem</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message>
        <source>Photos, PDF, documents and text</source>
        <translation>Foton, PDF, dokument och text</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alla filer</translation>
    </message>
    <message>
        <source>“%1” is %2: files up to %3 can be attached.</source>
        <translation>”%1” är %2: filer på högst %3 kan bifogas.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: only photos (JPEG, PNG, HEIC, WebP), PDF, office documents and plain text can.</source>
        <translation>”%1” kan inte bifogas: bara foton (JPEG, PNG, HEIC, WebP), PDF, kontorsdokument och vanlig text går att bifoga.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>”%1” gick inte att läsa.</translation>
    </message>
    <message>
        <source>This file has not reached this laptop yet.</source>
        <translation>Filen har inte kommit till den här datorn än.</translation>
    </message>
    <message>
        <source>This file is not a photo, PDF, office document or plain text; it is not opened.</source>
        <translation>Filen är inte ett foto, en PDF, ett kontorsdokument eller vanlig text; den öppnas inte.</translation>
    </message>
</context>
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
        <source>Import list…</source>
        <translation>Importera lista…</translation>
    </message>
    <message>
        <source>Put a partner&apos;s list (Excel, CSV, Kobo) on this roster (Ctrl+Shift+I)</source>
        <translation>Lägg en partners lista (Excel, CSV, Kobo) på den här deltagarlistan (Ctrl+Skift+I)</translation>
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
        <source>Saved the sheet as {path}.</source>
        <translation>Listan sparades som {path}.</translation>
    </message>
    <message>
        <source>{code} is already present.</source>
        <translation>{code} är redan närvarande.</translation>
    </message>
    <message>
        <source>This session is already marked complete.</source>
        <translation>Det här tillfället är redan markerat som avslutat.</translation>
    </message>
    <message>
        <source>Mark the session {session} of {training} complete?</source>
        <translation>Markera tillfället {session} i {training} som avslutat?</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Markera som avslutat</translation>
    </message>
    <message>
        <source>Session {session} marked complete. Ctrl+Z takes it back.</source>
        <translation>Tillfället {session} är markerat som avslutat. Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>AttendanceUndo</name>
    <message>
        <source>checked in {code}</source>
        <translation>{code} markerad närvarande</translation>
    </message>
    <message>
        <source>{code} unmarked</source>
        <translation>{code} avmarkerad</translation>
    </message>
    <message>
        <source>walk-in {code} added</source>
        <translation>ny deltagare {code} tillagd</translation>
    </message>
    <message>
        <source>{code} added to this roster</source>
        <translation>{code} tillagd på den här deltagarlistan</translation>
    </message>
    <message>
        <source>session {session} marked complete</source>
        <translation>tillfället {session} markerat som avslutat</translation>
    </message>
    <message>
        <source>session {session} reopened</source>
        <translation>tillfället {session} öppnat igen</translation>
    </message>
    <message>
        <source>list imported ({code} on the roster)</source>
        <translation>lista importerad ({code} på deltagarlistan)</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Ångrat: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Gjort om: {action}</translation>
    </message>
    <message>
        <source>the record no longer exists</source>
        <translation>posten finns inte längre</translation>
    </message>
    <message>
        <source>Could not undo or redo {action}: {reason}</source>
        <translation>Kunde inte ångra eller göra om ({action}): {reason}</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <source>This data folder is headquarters: laptops sync with it.</source>
        <translation>Den här datamappen är huvudkontoret: datorerna synkar med den.</translation>
    </message>
</context>
<context>
    <name>BreakdownEditor</name>
    <message>
        <source>Sum: {total}</source>
        <translation>Summa: {total}</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>&amp;Restore set-aside value</source>
        <translation>&amp;Återställ undanlagt värde</translation>
    </message>
    <message>
        <source>Make the value that lost current again, as a new change (Ctrl+R)</source>
        <translation>Gör det värde som förlorade aktuellt igen, som en ny ändring (Ctrl+R)</translation>
    </message>
    <message>
        <source>Restore set-aside value</source>
        <translation>Återställ undanlagt värde</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Behåll aktuellt värde</translation>
    </message>
    <message>
        <source>Close the conflict and keep the value that won (Ctrl+D)</source>
        <translation>Stäng konflikten och behåll värdet som vann (Ctrl+D)</translation>
    </message>
    <message>
        <source>Keep current value</source>
        <translation>Behåll aktuellt värde</translation>
    </message>
    <message>
        <source>No conflicts: every field has one agreed value.</source>
        <translation>Inga konflikter: varje fält har ett överenskommet värde.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Check each one: restore the set-aside value, or keep the current one.</source>
        <translation>När två personer ändrade samma fält före en synkning behölls den senare ändringen och den andra lades undan. Gå igenom var och en: återställ det undanlagda värdet eller behåll det aktuella.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Only a coordinator can restore a set-aside value or close a conflict.</source>
        <translation>När två personer ändrade samma fält före en synkning behölls den senare ändringen och den andra lades undan. Bara en samordnare kan återställa ett undanlagt värde eller stänga en konflikt.</translation>
    </message>
    <message>
        <source>When two people changed the same field before syncing, the later change was kept and the other set aside. Where the set-aside value is your own edit, restore it or keep the current one; only a coordinator can settle the others.</source>
        <translation>När två personer ändrade samma fält före en synkning behölls den senare ändringen och den andra lades undan. Där det undanlagda värdet är din egen ändring kan du återställa det eller behålla det nuvarande; bara en samordnare kan avgöra de andra.</translation>
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
    <name>DateField</name>
    <message>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <source>Type a date, such as {example}. Alt+Down or F4 opens the calendar.</source>
        <translation>Skriv ett datum, till exempel {example}. Alt+Nedåt eller F4 öppnar kalendern.</translation>
    </message>
    <message>
        <source>Calendar (Alt+Down)</source>
        <translation>Kalender (Alt+Nedåt)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it like {example}.</source>
        <translation>”{text}” är inget datum. Skriv det som {example}.</translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message>
        <source>everything</source>
        <translation>allt</translation>
    </message>
    <message>
        <source>No package yet</source>
        <translation>Inget paket än</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
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
        <translation>aldrig</translation>
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
        <translation>Ja</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bärbar dator</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfång</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Senaste paket</translation>
    </message>
    <message>
        <source>Changes merged</source>
        <translation>Sammanfogade ändringar</translation>
    </message>
    <message>
        <source>Return waiting</source>
        <translation>Returpaket väntar</translation>
    </message>
    <message>
        <source>Hub: last seen</source>
        <translation>Hubb: senast sedd</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>“{name}” is enrolled; its enrolment file is {path}.</source>
        <translation>”{name}” är registrerad; registreringsfilen är {path}.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Bara en samordnare kan göra detta.</translation>
    </message>
    <message>
        <source>Laptops of headquarters</source>
        <translation>Huvudkontorets bärbara datorer</translation>
    </message>
    <message>
        <source>Enrol new laptops, take in the packages they send, write return packages, and revoke a laptop that is lost or stolen. Drop packages (.fbk) here to take them in.</source>
        <translation>Registrera nya bärbara datorer, ta emot paketen de skickar, skriv returpaket och återkalla en dator som försvunnit eller stulits. Släpp paket (.fbk) här för att ta emot dem.</translation>
    </message>
    <message>
        <source>Only a coordinator can manage the laptops. Switch to a coordinator in Settings.</source>
        <translation>Bara en samordnare kan hantera de bärbara datorerna. Byt till en samordnare under Inställningar.</translation>
    </message>
    <message>
        <source>Search laptops (Ctrl+F)</source>
        <translation>Sök bärbara datorer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Bärbara datorer</translation>
    </message>
    <message>
        <source>&amp;Enrol a laptop…</source>
        <translation>&amp;Registrera en dator…</translation>
    </message>
    <message>
        <source>&amp;Take in packages…</source>
        <translation>&amp;Ta emot paket…</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>Skicka &amp;tillbaka…</translation>
    </message>
    <message>
        <source>Send back to &amp;all…</source>
        <translation>Skicka tillbaka till &amp;alla…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>Write an enrolment file for a new laptop</source>
        <translation>Skriv en registreringsfil för en ny dator</translation>
    </message>
    <message>
        <source>Merge packages that laptops sent, and write their receipts</source>
        <translation>Sammanfoga paket som datorerna skickat och skriv deras kvitton</translation>
    </message>
    <message>
        <source>Write a return package for the chosen laptop</source>
        <translation>Skriv ett returpaket för den valda datorn</translation>
    </message>
    <message>
        <source>Write a return package for every laptop, one file each</source>
        <translation>Skriv ett returpaket för varje dator, en fil var</translation>
    </message>
    <message>
        <source>Refuse the chosen laptop&apos;s packages from now on</source>
        <translation>Vägra den valda datorns paket från och med nu</translation>
    </message>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Datorer (%Ln)</numerusform>
            <numerusform>Datorer (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Konflikter mellan datorer (%Ln)</numerusform>
            <numerusform>Konflikter mellan datorer (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hubb</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the enrolment file</source>
        <translation>Spara registreringsfilen</translation>
    </message>
    <message>
        <source>Enrolment files (*.enrol);;All files (*)</source>
        <translation>Registreringsfiler (*.enrol);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose where to save the enrolment file.</source>
        <translation>Välj var registreringsfilen ska sparas.</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Bara en samordnare kan göra detta.</translation>
    </message>
    <message>
        <source>QR code of the hub address and the key fingerprint</source>
        <translation>QR-kod med hubbens adress och nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>(none: packages travel by hand)</source>
        <translation>(ingen: paketen bärs för hand)</translation>
    </message>
    <message>
        <source>Enrol a laptop</source>
        <translation>Registrera en bärbar dator</translation>
    </message>
    <message>
        <source>Headquarters writes an enrolment file for the new laptop. Carry it on a USB stick and import it on the laptop (Sync ▸ Import). The scope says what the laptop may hold: all, or country:CODE and partner:ID items.</source>
        <translation>Huvudkontoret skriver en registreringsfil för den nya datorn. Bär den på ett USB-minne och importera den på datorn (Synkronisering ▸ Importera). Omfånget anger vad datorn får hålla: all, eller country:KOD och partner:ID.</translation>
    </message>
    <message>
        <source>Laptop &amp;name</source>
        <translation>Datorns &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Omfång</translation>
    </message>
    <message>
        <source>&amp;Hub address (optional)</source>
        <translation>&amp;Hubbadress (frivillig)</translation>
    </message>
    <message>
        <source>Save &amp;to</source>
        <translation>Spara &amp;till</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hk.example.org</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Enrol and save</source>
        <translation>&amp;Registrera och spara</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>On the laptop, after importing the file, the Sync page shows the same hub address and key fingerprint: compare them, or scan this code.</source>
        <translation>På datorn visar sidan Synkronisering, efter importen, samma hubbadress och fingeravtryck: jämför dem eller skanna koden.</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Hubbadress</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Huvudkontorets nyckel</translation>
    </message>
    <message>
        <source>One-time secret</source>
        <translation>Engångshemlighet</translation>
    </message>
    <message>
        <source>The one-time secret is in the file and is shown only now: headquarters will not show it again. Keep the file safe until the laptop has sent its first package.</source>
        <translation>Engångshemligheten finns i filen och visas bara nu: huvudkontoret visar den aldrig igen. Förvara filen säkert tills datorn har skickat sitt första paket.</translation>
    </message>
    <message>
        <source>Enrolment file for “{name}” saved to {path}.</source>
        <translation>Registreringsfilen för ”{name}” sparades i {path}.</translation>
    </message>
</context>
<context>
    <name>ExportChoice</name>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF (charts and tables)</source>
        <translation>PDF (diagram och tabeller)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-arbetsbok (XLSX)</translation>
    </message>
    <message>
        <source>CSV (UTF-8)</source>
        <translation>CSV (UTF-8)</translation>
    </message>
    <message>
        <source>Start with a BOM, for Excel</source>
        <translation>Börja med BOM, för Excel</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Offentlig (antal under 5 dolda)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Intern (exakta antal)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Målgrupp</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Something went wrong and the last action did not finish. What you typed is still there. The details are in the log file in the data folder.</source>
        <translation>Något gick fel och den senaste åtgärden blev inte klar. Det du skrev finns kvar. Detaljerna finns i loggfilen i datamappen.</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>Frå&amp;n</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Pa&amp;rtner</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>&amp;Målgrupp</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Public (counts under 5 hidden)</source>
        <translation>Offentlig (antal under 5 dolda)</translation>
    </message>
    <message>
        <source>Internal (exact counts)</source>
        <translation>Intern (exakta antal)</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Protect this laptop&apos;s data</source>
        <translation>Skydda datorns data</translation>
    </message>
    <message>
        <source>Protect the participants with a passphrase</source>
        <translation>Skydda deltagarna med en lösenfras</translation>
    </message>
    <message>
        <source>Fältbok will hold the names and codes of people who came to your workshops. If this laptop is lost or seized, whoever has it must not learn who they are. With a passphrase, everything Fältbok stores is encrypted and opens only with it.

Choose one you can remember: nobody, not even headquarters, can recover the data without it. You can also set it later in Settings.</source>
        <translation>Fältbok kommer att innehålla namn och koder för personer som deltagit i era workshoppar. Om datorn kommer bort eller beslagtas får den som har den inte kunna ta reda på vilka de är. Med en lösenfras krypteras allt som Fältbok sparar och öppnas bara med den.

Välj en som du kan komma ihåg: ingen, inte ens huvudkontoret, kan återställa data utan den. Du kan också välja den senare under Inställningar.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Välj lösenfras</translation>
    </message>
    <message>
        <source>Continue &amp;without a passphrase</source>
        <translation>&amp;Fortsätt utan lösenfras</translation>
    </message>
    <message>
        <source>Fältbok could not prepare its database: {error}</source>
        <translation>Fältbok kunde inte förbereda sin databas: {error}</translation>
    </message>
</context>
<context>
    <name>HeldReview</name>
    <message>
        <source>Held-back changes</source>
        <translation>Kvarhållna ändringar</translation>
    </message>
    <message>
        <source>R&amp;elease held-back changes</source>
        <translation>S&amp;läpp kvarhållna ändringar</translation>
    </message>
    <message>
        <source>Release held-back changes</source>
        <translation>Släpp kvarhållna ändringar</translation>
    </message>
    <message>
        <source>Nothing is held back.</source>
        <translation>Inget hålls kvar.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. They are not applied until you release them.</source>
        <translation>De här ändringarna är daterade mer än ett dygn framåt i tiden, så en dators klocka gick troligen fel. De tillämpas inte förrän du släpper dem.</translation>
    </message>
    <message>
        <source>These changes are dated more than a day in the future, so a laptop&apos;s clock was probably wrong. Only a coordinator can release them.</source>
        <translation>De här ändringarna är daterade mer än ett dygn framåt i tiden, så en dators klocka gick troligen fel. Bara en samordnare kan släppa dem.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Reading</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Sammanlagt</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Fördelning</translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ingenting ändrades.</translation>
    </message>
    <message>
        <source>Give the laptop a name.</source>
        <translation>Ge datorn ett namn.</translation>
    </message>
    <message>
        <source>A laptop named “{name}” is already enrolled: choose another name.</source>
        <translation>En dator med namnet ”{name}” är redan registrerad: välj ett annat namn.</translation>
    </message>
    <message>
        <source>The hub address is not a web address such as https://hq.example.org.</source>
        <translation>Hubbadressen är inte en webbadress som https://hk.example.org.</translation>
    </message>
    <message>
        <source>This laptop has not sent its first package yet; take that in first.</source>
        <translation>Den här datorn har inte skickat sitt första paket än; ta emot det först.</translation>
    </message>
    <message>
        <source>The scope is not valid: write all, or country:CODE and partner:ID items separated by commas, naming partners headquarters holds.</source>
        <translation>Omfånget är ogiltigt: skriv all, eller country:KOD och partner:ID åtskilda med kommatecken, med partner som huvudkontoret har.</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Vägrat: {reason}</translation>
    </message>
    <message>
        <source>Already taken in from “{name}”; its receipt was written again.</source>
        <translation>Redan mottaget från ”{name}”; kvittot skrevs på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>Sammanfogat från ”{name}”: %Ln ändring.</numerusform>
            <numerusform>Sammanfogat från ”{name}”: %Ln ändringar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Väntar på relaterade poster: %Ln.</numerusform>
            <numerusform>Väntar på relaterade poster: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>I karantän: %Ln.</numerusform>
            <numerusform>I karantän: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Konflikter att granska: %Ln.</numerusform>
            <numerusform>Konflikter att granska: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its receipt could not be written: take the file in again to write it.</source>
        <translation>Kvittot kunde inte skrivas: ta emot filen igen för att skriva det.</translation>
    </message>
    <message>
        <source>“{name}”: nothing written. {reason}</source>
        <translation>”{name}”: inget skrevs. {reason}</translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>”{name}”: %Ln ändring i {file}.</numerusform>
            <numerusform>”{name}”: %Ln ändringar i {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is revoked: its packages are refused from now on. What it sent before stays.</source>
        <translation>”{name}” är återkallad: dess paket vägras från och med nu. Det den skickat tidigare finns kvar.</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <source>signed request</source>
        <translation>signerad förfrågan</translation>
    </message>
    <message>
        <source>package stored</source>
        <translation>paket lagrat</translation>
    </message>
    <message>
        <source>package merged</source>
        <translation>paket sammanfogat</translation>
    </message>
    <message>
        <source>package refused ({reason})</source>
        <translation>paket vägrat ({reason})</translation>
    </message>
    <message>
        <source>Laptops with a network connection sync with the hub on their own. An office without a server can run the hub here: it keeps serving while the app is locked and stops when the app quits.</source>
        <translation>Datorer med nätverksanslutning synkroniserar med hubben på egen hand. Ett kontor utan server kan köra hubben här: den fortsätter att betjäna datorerna medan appen är låst och stannar när appen avslutas.</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hubb</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Listen &amp;on</source>
        <translation>Lyssna &amp;på</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Running (started by this app)</source>
        <translation>Körs (startad av den här appen)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Running (started elsewhere)</source>
        <translation>Körs (startad på annat håll)</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>Körs inte</translation>
    </message>
    <message>
        <source>Last start failed: {error}</source>
        <translation>Senaste start misslyckades: {error}</translation>
    </message>
    <message>
        <source>&amp;Start hub</source>
        <translation>&amp;Starta hubben</translation>
    </message>
    <message>
        <source>S&amp;top hub</source>
        <translation>S&amp;toppa hubben</translation>
    </message>
    <message>
        <source>&amp;Last requests</source>
        <translation>&amp;Senaste förfrågningar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bärbar dator</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Senaste förfrågningar</translation>
    </message>
</context>
<context>
    <name>HubProcess</name>
    <message>
        <source>Quit Fältbok</source>
        <translation>Avsluta Fältbok</translation>
    </message>
    <message>
        <source>The hub is running. Quitting stops it.</source>
        <translation>Hubben är igång. Om du avslutar stannar den.</translation>
    </message>
    <message>
        <source>Laptops cannot sync with headquarters while the hub is stopped. They keep their changes and send them once it runs again.</source>
        <translation>Datorerna kan inte synka med huvudkontoret medan hubben är stoppad. De behåller sina ändringar och skickar dem när den är igång igen.</translation>
    </message>
    <message>
        <source>Stop the hub and &amp;quit</source>
        <translation>Stoppa hubben och &amp;avsluta</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Låt den vara igång</translation>
    </message>
</context>
<context>
    <name>HubSettingsBox</name>
    <message>
        <source>Hub &amp;address</source>
        <translation>Server&amp;adress</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <source>Save address</source>
        <translation>Spara adressen</translation>
    </message>
    <message>
        <source>Saved. Fältbok syncs with this address by itself whenever there is a connection.</source>
        <translation>Sparad. Fältbok synkar själv med den här adressen när det finns en anslutning.</translation>
    </message>
    <message>
        <source>Sync with this hub from now on</source>
        <translation>Synka med den här servern från och med nu</translation>
    </message>
    <message>
        <source>https://hq.example.org</source>
        <translation>https://hk.exempel.se</translation>
    </message>
    <message>
        <source>This data folder is headquarters: it serves the hub</source>
        <translation>Den här datamappen är huvudkontoret: den är servern</translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message>
        <source>Headquarters answered in a way this version of Fältbok does not understand. Update the app or ask headquarters.</source>
        <translation>Huvudkontoret svarade på ett sätt som den här versionen av Fältbok inte förstår. Uppdatera appen eller fråga huvudkontoret.</translation>
    </message>
    <message>
        <source>Headquarters could not be reached. Fältbok tries again by itself; your changes are kept on this laptop.</source>
        <translation>Det gick inte att nå huvudkontoret. Fältbok försöker igen av sig självt; dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}</source>
        <translation>Huvudkontoret nekade den här datorn: {reason}</translation>
    </message>
    <message>
        <source>Headquarters refused this laptop: {reason}. Ask headquarters what to do; your changes are kept on this laptop.</source>
        <translation>Huvudkontoret nekade den här datorn: {reason}. Fråga huvudkontoret vad du ska göra; dina ändringar finns kvar på den här datorn.</translation>
    </message>
    <message>
        <source>No headquarters address is set. Enter it in Settings.</source>
        <translation>Ingen adress till huvudkontoret är angiven. Ange den under Inställningar.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkad än</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkningen misslyckades</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synkningen misslyckades.</translation>
    </message>
    <message>
        <source>Sync failed: headquarters answered in an unexpected way</source>
        <translation>Synkningen misslyckades: huvudkontoret svarade oväntat</translation>
    </message>
    <message>
        <source>Sync failed: the hub&apos;s certificate is not trusted</source>
        <translation>Synkningen misslyckades: serverns certifikat är inte betrott</translation>
    </message>
    <message>
        <source>Sync stopped: no headquarters address</source>
        <translation>Synkningen stoppad: ingen adress till huvudkontoret</translation>
    </message>
    <message>
        <source>Sync stopped: this laptop is not enrolled yet</source>
        <translation>Synkningen stoppad: datorn är inte registrerad än</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synkad nyss</translation>
    </message>
    <message>
        <source>Synced with headquarters.</source>
        <translation>Synkad med huvudkontoret.</translation>
    </message>
    <message>
        <source>Synced with headquarters: nothing new to send or receive.</source>
        <translation>Synkad med huvudkontoret: inget nytt att skicka eller ta emot.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <source>That is not a web address Fältbok can use. Write it like https://hq.example.org (http:// only for a hub on this computer).</source>
        <translation>Det är ingen webbadress som Fältbok kan använda. Skriv den som https://hk.exempel.se (http:// bara för en server på den här datorn).</translation>
    </message>
    <message>
        <source>The connection to headquarters was too slow and was given up. Fältbok tries again by itself and continues the upload where it stopped.</source>
        <translation>Anslutningen till huvudkontoret var för långsam och avbröts. Fältbok försöker igen av sig självt och fortsätter uppladdningen där den stannade.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted, so nothing was sent. Check the headquarters address in Settings.</source>
        <translation>Serverns certifikat är inte betrott, så inget skickades. Kontrollera huvudkontorets adress under Inställningar.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Den här datorn är inte registrerad hos huvudkontoret än. Importera först registreringsfilen som du fick av huvudkontoret.</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Väntar på anslutning</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>inte godkänd</translation>
    </message>
    <message>
        <source>not enrolled there</source>
        <translation>inte registrerad där</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>återkallad</translation>
    </message>
    <message>
        <source>signature not accepted (check this laptop&apos;s date and time)</source>
        <translation>signaturen godtogs inte (kontrollera datorns datum och tid)</translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>Synkad för %Ln minut sedan</numerusform>
            <numerusform>Synkad för %Ln minuter sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>Synkad för %Ln timme sedan</numerusform>
            <numerusform>Synkad för %Ln timmar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>Synkad för %Ln dag sedan</numerusform>
            <numerusform>Synkad för %Ln dagar sedan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>nytt försök om %Ln sekund</numerusform>
            <numerusform>nytt försök om %Ln sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>nytt försök om %Ln minut</numerusform>
            <numerusform>nytt försök om %Ln minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Skickade ändringar: %Ln.</numerusform>
            <numerusform>Skickade ändringar: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Paket som huvudkontoret bekräftat: %Ln.</numerusform>
            <numerusform>Paket som huvudkontoret bekräftat: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Ändringar som tagits emot från huvudkontoret: %Ln.</numerusform>
            <numerusform>Ändringar som tagits emot från huvudkontoret: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending changes to headquarters… {percent} %</source>
        <translation>Skickar ändringar till huvudkontoret… {percent} %</translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message>
        <source>Export IATI</source>
        <translation>Exportera IATI</translation>
    </message>
    <message>
        <source>IATI XML (*.xml)</source>
        <translation>IATI XML (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>Skrev %n IATI-aktivitet till {0}.</numerusform>
            <numerusform>Skrev %n IATI-aktiviteter till {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: set the organisation&apos;s IATI reference in Settings first.</source>
        <translation>Inget skrevs: ange organisationens IATI-referens under Inställningar först.</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI organisation reference or name in Settings is not valid.</source>
        <translation>Inget skrevs: organisationens IATI-referens eller namn under Inställningar är ogiltigt.</translation>
    </message>
    <message>
        <source>Nothing was written: there are no projects to publish.</source>
        <translation>Inget skrevs: det finns inga projekt att publicera.</translation>
    </message>
    <message>
        <source>Nothing was written: the project “{0}” would make the IATI file invalid ({1}).</source>
        <translation>Inget skrevs: projektet ”{0}” skulle göra IATI-filen ogiltig ({1}).</translation>
    </message>
    <message>
        <source>Nothing was written: the file could not be saved there ({0}).</source>
        <translation>Inget skrevs: filen kunde inte sparas där ({0}).</translation>
    </message>
    <message>
        <source>Nothing was written: the IATI file could not be made.</source>
        <translation>Inget skrevs: IATI-filen kunde inte skapas.</translation>
    </message>
</context>
<context>
    <name>IatiSettingsBox</name>
    <message>
        <source>&amp;IATI organisation</source>
        <translation>&amp;IATI-organisation</translation>
    </message>
    <message>
        <source>Reference, e.g. SE-ON-802005-9839</source>
        <translation>Referens, t.ex. SE-ON-802005-9839</translation>
    </message>
    <message>
        <source>IATI organisation reference</source>
        <translation>Organisationens IATI-referens</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>IATI organisation name</source>
        <translation>Organisationens namn i IATI</translation>
    </message>
    <message>
        <source>Save organisation</source>
        <translation>Spara organisation</translation>
    </message>
    <message>
        <source>Saved. IATI files name this organisation from now on.</source>
        <translation>Sparat. IATI-filer anger den här organisationen från och med nu.</translation>
    </message>
    <message>
        <source>Not saved: the reference is letters, digits, dots and hyphens (like SE-ON-802005-9839), the name plain text.</source>
        <translation>Inte sparat: referensen består av bokstäver, siffror, punkter och bindestreck (som SE-ON-802005-9839), namnet av vanlig text.</translation>
    </message>
</context>
<context>
    <name>IndicatorProgressWidget</name>
    <message>
        <source>Values that do not fit their indicator (marked in red): {count}. Fields merged from two laptops may not add up; correct them under Indicator values.</source>
        <translation>Värden som inte stämmer med sin indikator (markerade i rött): {count}. Fält som slagits samman från två datorer kan ge summor som inte går ihop; rätta dem under Indikatorvärden.</translation>
    </message>
    <message>
        <source>Readings, period by period</source>
        <translation>Värden, period för period</translation>
    </message>
    <message>
        <source>Readings per period</source>
        <translation>Värden per period</translation>
    </message>
    <message>
        <source>Readings of {name}, period by period</source>
        <translation>Värden för {name}, period för period</translation>
    </message>
    <message>
        <source>Indicator progress</source>
        <translation>Indikatorernas utveckling</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock Fältbok now ({keys})</source>
        <translation>Lås Fältbok nu ({keys})</translation>
    </message>
    <message>
        <source>Without a passphrase Fältbok cannot lock. Set one in Settings.</source>
        <translation>Utan lösenfras kan Fältbok inte låsas. Välj en under Inställningar.</translation>
    </message>
    <message>
        <source>That is not the current passphrase. Nothing was changed.</source>
        <translation>Det är inte den nuvarande lösenfrasen. Inget ändrades.</translation>
    </message>
    <message>
        <source>The data on this laptop is now encrypted.</source>
        <translation>Data på den här datorn är nu krypterade.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Lösenfrasen har ändrats.</translation>
    </message>
    <message>
        <source>The passphrase was removed: the data is no longer encrypted.</source>
        <translation>Lösenfrasen har tagits bort: data är inte längre krypterade.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: {error}</source>
        <translation>Lösenfrasen kunde inte ändras: {error}</translation>
    </message>
    <message>
        <source>Encrypting the data again…</source>
        <translation>Krypterar data på nytt…</translation>
    </message>
    <message>
        <source>Fältbok</source>
        <translation>Fältbok</translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Raderar…</translation>
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
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
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
        <source>&amp;Export sync package…</source>
        <translation>&amp;Exportera synkpaket…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Export I&amp;ATI…</source>
        <translation>Exportera IA&amp;TI…</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nästa flik</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Föregående flik</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avdelningar</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New &amp;passphrase</source>
        <translation>Ny &amp;lösenfras</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Upprepa den</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Upprepa den nya lösenfrasen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Minst %n tecken</numerusform>
            <numerusform>Minst %n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Skriv en lösenfras.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Använd minst %n tecken: en kort lösenfras gissas snabbt.</numerusform>
            <numerusform>Använd minst %n tecken: en kort lösenfras gissas snabbt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Lösenfraserna skiljer sig åt. Skriv samma två gånger.</translation>
    </message>
</context>
<context>
    <name>OutsideWarning</name>
    <message>
        <source>Outside the protected folder</source>
        <translation>Utanför den skyddade mappen</translation>
    </message>
    <message>
        <source>This file will be written outside Fältbok&apos;s protected folder, in clear; anyone with the laptop can read it. The quick wipe will not destroy it.</source>
        <translation>Filen skrivs utanför Fältboks skyddade mapp, okrypterad; vem som helst med datorn kan läsa den. Snabbrensningen förstör den inte.</translation>
    </message>
    <message>
        <source>Save there anyway</source>
        <translation>Spara där ändå</translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>%Ln av dina ändringar har skrivits över – granska</numerusform>
            <numerusform>%Ln av dina ändringar har skrivits över – granska</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who had not seen your change saved another value later, so theirs is kept. Open the conflict review to restore yours or keep theirs ({key}).</source>
        <translation>Någon som inte hade sett din ändring sparade ett annat värde senare, så det behölls. Öppna konfliktgranskningen för att återställa ditt värde eller behålla det andra ({key}).</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Set a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Ta bort lösenfrasen</translation>
    </message>
    <message>
        <source>Everything Fältbok stores on this laptop will be encrypted and open only with this passphrase. Nobody can recover the data without it.</source>
        <translation>Allt som Fältbok sparar på den här datorn krypteras och öppnas bara med den här lösenfrasen. Ingen kan återställa data utan den.</translation>
    </message>
    <message>
        <source>The database, its backups and this device&apos;s keys are encrypted again under the new passphrase. The old one stops working.</source>
        <translation>Databasen, dess säkerhetskopior och enhetens nycklar krypteras på nytt med den nya lösenfrasen. Den gamla slutar fungera.</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who has this laptop can read the names and codes of participants. Remove it only if the laptop never leaves a safe place.</source>
        <translation>Utan lösenfras kan vem som helst som har datorn läsa deltagarnas namn och koder. Ta bara bort den om datorn aldrig lämnar en säker plats.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Välj lösenfras</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Remove passphrase</source>
        <translation>&amp;Ta bort lösenfras</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Skriv den nuvarande lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>ProgressTableModel</name>
    <message>
        <source>Values that do not fit this indicator: {count}</source>
        <translation>Värden som inte stämmer med indikatorn: {count}</translation>
    </message>
    <message>
        <source>Latest reading</source>
        <translation>Senaste värde</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Sammanlagt</translation>
    </message>
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
        <source>Progress</source>
        <translation>Utveckling</translation>
    </message>
</context>
<context>
    <name>ProtectionSettingsBox</name>
    <message>
        <source>Protection</source>
        <translation>Skydd</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted with a passphrase.</source>
        <translation>Data på den här datorn är krypterade med en lösenfras.</translation>
    </message>
    <message>
        <source>The data on this laptop has no passphrase: anyone who has the laptop can read the participants&apos; names and codes.</source>
        <translation>Data på den här datorn har ingen lösenfras: vem som helst som har datorn kan läsa deltagarnas namn och koder.</translation>
    </message>
    <message>
        <source>Set &amp;passphrase…</source>
        <translation>Välj &amp;lösenfras…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Byt &amp;lösenfras…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Ta bort lösenfras…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <source>Quick &amp;wipe…</source>
        <translation>Snabb&amp;radering…</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes</source>
        <translation>Lås efter så många minuters &amp;inaktivitet</translation>
    </message>
    <message>
        <source>Minutes without input before Fältbok locks</source>
        <translation>Minuter utan inmatning innan Fältbok låses</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Offer the wipe after &amp;wrong passphrases</source>
        <translation>Erbjud radering efter så många &amp;felaktiga lösenfraser</translation>
    </message>
    <message>
        <source>Wrong passphrases before the wipe is offered</source>
        <translation>Felaktiga lösenfraser innan radering erbjuds</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Ta bort lösenfrasen</translation>
    </message>
    <message>
        <source>Quick wipe</source>
        <translation>Snabbradering</translation>
    </message>
    <message>
        <source>Only a coordinator can wipe the data or change the passphrase here. If too many wrong passphrases are typed, the lock screen offers the wipe to anyone.</source>
        <translation>Bara en samordnare kan radera data eller ändra lösenfrasen här. Om för många felaktiga lösenfraser skrivs erbjuder låsskärmen raderingen till vem som helst.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
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
    <name>RecordPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>List the choices (Alt+Down)</source>
        <translation>Visa valen (Alt+Nedåt)</translation>
    </message>
    <message>
        <source>List the choices</source>
        <translation>Visa valen</translation>
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
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exporten avbröts: ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Project summary</source>
        <translation>Projektsammanfattning</translation>
    </message>
    <message>
        <source>public</source>
        <translation>offentlig</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>Saved “{title}” ({audience}, {format}) to {path}.</source>
        <translation>Sparade ”{title}” ({audience}, {format}) i {path}.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>T&amp;able</source>
        <translation>T&amp;abell</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
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
        <translation>Indikatorernas framsteg</translation>
    </message>
    <message>
        <source>Attendance by gender and age</source>
        <translation>Närvaro efter kön och ålder</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Advocacy audiences in Sweden</source>
        <translation>Påverkansarbetets publik i Sverige</translation>
    </message>
    <message>
        <source>Disbursements against budget</source>
        <translation>Utbetalningar mot budget</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Framsteg</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <source>Gender and age</source>
        <translation>Kön och ålder</translation>
    </message>
    <message>
        <source>Training by gender</source>
        <translation>Utbildning efter kön</translation>
    </message>
    <message>
        <source>Training by age</source>
        <translation>Utbildning efter ålder</translation>
    </message>
    <message>
        <source>Project by gender</source>
        <translation>Projekt efter kön</translation>
    </message>
    <message>
        <source>Project by age</source>
        <translation>Projekt efter ålder</translation>
    </message>
    <message>
        <source>Partner by gender</source>
        <translation>Partner efter kön</translation>
    </message>
    <message>
        <source>Partner by age</source>
        <translation>Partner efter ålder</translation>
    </message>
    <message>
        <source>Country by gender</source>
        <translation>Land efter kön</translation>
    </message>
    <message>
        <source>Country by age</source>
        <translation>Land efter ålder</translation>
    </message>
    <message>
        <source>Quarter by gender</source>
        <translation>Kvartal efter kön</translation>
    </message>
    <message>
        <source>Quarter by age</source>
        <translation>Kvartal efter ålder</translation>
    </message>
    <message>
        <source>Kind by country</source>
        <translation>Typ efter land</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Efter tema</translation>
    </message>
    <message>
        <source>Kind by target group</source>
        <translation>Typ efter målgrupp</translation>
    </message>
    <message>
        <source>Quarter by target group</source>
        <translation>Kvartal efter målgrupp</translation>
    </message>
    <message>
        <source>By project</source>
        <translation>Efter projekt</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>Efter kvartal</translation>
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
        <source>Measure</source>
        <translation>Mått</translation>
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
        <source>Current</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>Latest period ends</source>
        <translation>Senaste period slutar</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Period börjar</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Period slutar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Publik</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>Utbetalt</translation>
    </message>
    <message>
        <source>Share of budget</source>
        <translation>Andel av budget</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universitet</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Studenter</translation>
    </message>
    <message>
        <source>Decision-makers</source>
        <translation>Beslutsfattare</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Art halls</source>
        <translation>Konsthallar</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Allmänheten</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Published for</source>
        <translation>Avsedd för</translation>
    </message>
    <message>
        <source>Public: counts under 5 hidden</source>
        <translation>Offentlig: antal under 5 dolda</translation>
    </message>
    <message>
        <source>Internal: exact counts</source>
        <translation>Intern: exakta antal</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Skapad (UTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktiviteter</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Opinionsbildning</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Utbetalningar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>PDF, XLSX or CSV (Ctrl+Shift+E)</source>
        <translation>PDF, XLSX eller CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Project &amp;summary…</source>
        <translation>Projekt&amp;sammanfattning…</translation>
    </message>
    <message>
        <source>The chosen project on one printable page (Ctrl+P)</source>
        <translation>Det valda projektet på en sida att skriva ut (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose a project first: the summary is of one project.</source>
        <translation>Välj ett projekt först: sammanfattningen gäller ett projekt.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a laptop</source>
        <translation>Återkalla en bärbar dator</translation>
    </message>
    <message>
        <source>Revoke “{name}”?</source>
        <translation>Återkalla ”{name}”?</translation>
    </message>
    <message>
        <source>Its future packages will be refused, here and at the hub, and no return package will be written for it. What it sent before stays in headquarters&apos; data. This cannot be undone: to use the laptop again, enrol it anew.</source>
        <translation>Dess framtida paket vägras, här och i hubben, och inga returpaket skrivs för den. Det den skickat tidigare finns kvar i huvudkontorets data. Detta kan inte ångras: för att använda datorn igen, registrera den på nytt.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>(ignore)</source>
        <translation>(hoppa över)</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Födelseår eller -datum</translation>
    </message>
    <message>
        <source>Age in years</source>
        <translation>Ålder i år</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Ny deltagare</translation>
    </message>
    <message>
        <source>Known: added to the roster</source>
        <translation>Känd: läggs till på deltagarlistan</translation>
    </message>
    <message>
        <source>Already on the roster</source>
        <translation>Redan på deltagarlistan</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet or CSV file Fältbok can read.</source>
        <translation>Filen är inget kalkylark eller CSV-fil som Fältbok kan läsa.</translation>
    </message>
    <message>
        <source>This file holds no participants.</source>
        <translation>Filen innehåller inga deltagare.</translation>
    </message>
    <message>
        <source>This workbook is protected by a password. Save it without one, then import that copy.</source>
        <translation>Arbetsboken är skyddad med lösenord. Spara den utan lösenord och importera den kopian.</translation>
    </message>
    <message>
        <source>This workbook has formulas without saved results. Open it in a spreadsheet program, save it, and import it again.</source>
        <translation>Arbetsboken har formler utan sparade resultat. Öppna den i ett kalkylprogram, spara den och importera igen.</translation>
    </message>
    <message>
        <source>This file is too large to import (at most 100,000 rows).</source>
        <translation>Filen är för stor för att importeras (högst 100 000 rader).</translation>
    </message>
    <message>
        <source>Two columns fill “{field}”; choose one.</source>
        <translation>Två kolumner fyller ”{field}”; välj en.</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Välj vad minst en kolumn innehåller.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Filen kunde inte läsas: {reason}</translation>
    </message>
    <message>
        <source>{new} new, {known} known, {on_roster} already on the roster, {rejected} not imported.</source>
        <translation>{new} nya, {known} kända, {on_roster} redan på deltagarlistan, {rejected} importeras inte.</translation>
    </message>
    <message>
        <source>Imported. New participants: {new}; known ones added to the roster: {known}; rows not imported: {rejected}. Ctrl+Z takes the whole import back.</source>
        <translation>Importerat. Nya deltagare: {new}; kända som lagts till på deltagarlistan: {known}; rader som inte importerades: {rejected}. Ctrl+Z ångrar hela importen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Vad som händer</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import a participant list</source>
        <translation>Importera en deltagarlista</translation>
    </message>
    <message>
        <source>Onto the roster of: {training}</source>
        <translation>Till deltagarlistan för: {training}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Välj fil…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Fyller</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Vilken kolumn som innehåller vad</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for the partner&apos;s lists</source>
        <translation>&amp;Kom ihåg kolumnvalen för partnerns listor</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>&amp;Save rows not imported…</source>
        <translation>&amp;Spara rader som inte importerades…</translation>
    </message>
    <message>
        <source>Choose a participant list</source>
        <translation>Välj en deltagarlista</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Listor (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>(kolumn {n})</translation>
    </message>
    <message>
        <source>What column {column} holds</source>
        <translation>Vad kolumnen {column} innehåller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save the rows not imported</source>
        <translation>Spara raderna som inte importerades</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported ({count}) saved to fix and import again: {path}</source>
        <translation>Rader som inte importerades ({count}) sparade för att rättas och importeras igen: {path}</translation>
    </message>
    <message>
        <source>The rows not imported could not be saved: {reason}</source>
        <translation>Raderna som inte importerades kunde inte sparas: {reason}</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Samordnarens PIN-kod</translation>
    </message>
    <message>
        <source>A coordinator&apos;s rights are protected on this laptop. Type the coordinator PIN or the passphrase.</source>
        <translation>En samordnares rättigheter är skyddade på den här datorn. Skriv samordnarens PIN-kod eller lösenfrasen.</translation>
    </message>
    <message>
        <source>&amp;PIN or passphrase</source>
        <translation>&amp;PIN-kod eller lösenfras</translation>
    </message>
    <message>
        <source>Coordinator PIN or passphrase</source>
        <translation>Samordnarens PIN-kod eller lösenfras</translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message>
        <source>Folder for the return packages</source>
        <translation>Mapp för returpaketen</translation>
    </message>
    <message>
        <source>No laptop to write a return package for.</source>
        <translation>Ingen dator att skriva ett returpaket för.</translation>
    </message>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Returpaket skrivna: %Ln.</numerusform>
            <numerusform>Returpaket skrivna: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Mapp: {folder}</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Bara en samordnare kan göra detta.</translation>
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
    <message>
        <source>This is the session of {date}, not today ({today}).</source>
        <translation>Det här är tillfället den {date}, inte i dag ({today}).</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Set the coordinator PIN</source>
        <translation>Ange samordnarens PIN-kod</translation>
    </message>
    <message>
        <source>Becoming a coordinator, or making someone one, will need this PIN or the passphrase. At least {n} characters; tell it only to coordinators.</source>
        <translation>För att bli samordnare, eller göra någon till det, krävs den här PIN-koden eller lösenfrasen. Minst {n} tecken; berätta den bara för samordnare.</translation>
    </message>
    <message>
        <source>New &amp;PIN</source>
        <translation>Ny &amp;PIN-kod</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN-koden &amp;igen</translation>
    </message>
    <message>
        <source>New coordinator PIN</source>
        <translation>Ny PIN-kod för samordnare</translation>
    </message>
    <message>
        <source>New coordinator PIN again</source>
        <translation>Ny PIN-kod för samordnare igen</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-koden måste ha minst {n} tecken.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>De två PIN-koderna skiljer sig åt.</translation>
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
    <name>SheetExport</name>
    <message>
        <source>Names on the sheet</source>
        <translation>Namn på listan</translation>
    </message>
    <message>
        <source>Put participants&apos; names on the sheet? Without names it lists their codes only. A sheet with names endangers everyone on it if it is lost or seen.</source>
        <translation>Ska deltagarnas namn stå på listan? Utan namn visar den bara deras koder. En lista med namn utsätter alla på den för fara om den tappas bort eller ses av fel person.</translation>
    </message>
    <message>
        <source>Without names</source>
        <translation>Utan namn</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Med namn</translation>
    </message>
    <message>
        <source>Excel workbook, every session (*.xlsx)</source>
        <translation>Excel-arbetsbok, alla tillfällen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, every session (*.csv)</source>
        <translation>CSV, alla tillfällen (*.csv)</translation>
    </message>
    <message>
        <source>Save attendance sheet</source>
        <translation>Spara närvarolista</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Närvarande tillfällen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Kunde inte spara: {reason}</translation>
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
        <translation>Var som helst i fönstret</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listor</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Formulär</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Walk-in form</source>
        <translation>Formuläret för ny på plats</translation>
    </message>
    <message>
        <source>Sync ▸ Conflicts</source>
        <translation>Synk ▸ Konflikter</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Go to section 1 … 9</source>
        <translation>Gå till avsnitt 1 … 9</translation>
    </message>
    <message>
        <source>Go to Devices (headquarters only)</source>
        <translation>Gå till Enheter (endast huvudkontoret)</translation>
    </message>
    <message>
        <source>Next tab of the section</source>
        <translation>Nästa flik i avsnittet</translation>
    </message>
    <message>
        <source>Previous tab of the section</source>
        <translation>Föregående flik i avsnittet</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Exportera synkpaket</translation>
    </message>
    <message>
        <source>Import a file from headquarters</source>
        <translation>Importera en fil från huvudkontoret</translation>
    </message>
    <message>
        <source>Sync with headquarters now</source>
        <translation>Synka med huvudkontoret nu</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Review your edits that were overridden</source>
        <translation>Granska dina ändringar som skrevs över</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Den här listan över kortkommandon</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Sök i listan</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>Ta bort den valda posten</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Spara formuläret</translation>
    </message>
    <message>
        <source>Show the hidden personal fields (roles allowed only)</source>
        <translation>Visa de dolda personuppgifterna (endast behöriga roller)</translation>
    </message>
    <message>
        <source>Mark the participant whose code was typed present</source>
        <translation>Markera deltagaren vars kod skrevs in som närvarande</translation>
    </message>
    <message>
        <source>In the roster: toggle present</source>
        <translation>I deltagarlistan: växla närvarande</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Lägg till en ny på plats</translation>
    </message>
    <message>
        <source>Show names (roles allowed only)</source>
        <translation>Visa namn (endast behöriga roller)</translation>
    </message>
    <message>
        <source>Mark the session complete</source>
        <translation>Markera tillfället som avslutat</translation>
    </message>
    <message>
        <source>Save the filled sheet as PDF</source>
        <translation>Spara den ifyllda listan som PDF</translation>
    </message>
    <message>
        <source>Save a blank sheet as PDF</source>
        <translation>Spara en tom lista som PDF</translation>
    </message>
    <message>
        <source>Import a participant list onto the roster</source>
        <translation>Importera en deltagarlista till deltagarlistan</translation>
    </message>
    <message>
        <source>Back to the code box</source>
        <translation>Tillbaka till kodfältet</translation>
    </message>
    <message>
        <source>Choose the training</source>
        <translation>Välj utbildning</translation>
    </message>
    <message>
        <source>Choose the session</source>
        <translation>Välj tillfälle</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Lägg till deltagaren</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Stäng formuläret</translation>
    </message>
    <message>
        <source>Restore the set-aside value</source>
        <translation>Återställ det undanlagda värdet</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Behåll det nuvarande värdet</translation>
    </message>
    <message>
        <source>Export the report (PDF, XLSX, CSV)</source>
        <translation>Exportera rapporten (PDF, XLSX, CSV)</translation>
    </message>
    <message>
        <source>Save the chosen project&apos;s one-page summary</source>
        <translation>Spara det valda projektets sammanfattning på en sida</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Export sync package</source>
        <translation>Exportera synkpaket</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok-synkpaket (*.fbk);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import from headquarters</source>
        <translation>Importera från huvudkontoret</translation>
    </message>
    <message>
        <source>Fältbok files (*.fbk *.json *.enrol);;All files (*)</source>
        <translation>Fältbok-filer (*.fbk *.json *.enrol);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Writing the sync package…</source>
        <translation>Skriver synkpaketet…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerar…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>The set-aside value is back; it travels to headquarters with your next sync package.</source>
        <translation>Det undanlagda värdet är tillbaka; det skickas till huvudkontoret med ditt nästa synkpaket.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>The current value stays; the conflict is closed.</source>
        <translation>Det aktuella värdet står kvar; konflikten är stängd.</translation>
    </message>
    <message>
        <source>Releasing…</source>
        <translation>Släpper…</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Bara en samordnare kan göra detta.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>(hidden: name or contact)</source>
        <translation>(dolt: namn eller kontakt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriven</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Received by headquarters</source>
        <translation>Mottagen av huvudkontoret</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Yes, confirmed</source>
        <translation>Ja, bekräftat</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Inte än</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Behållet värde</translation>
    </message>
    <message>
        <source>Kept: who, when</source>
        <translation>Behållet av, när</translation>
    </message>
    <message>
        <source>Set aside: who, when</source>
        <translation>Undanlagt av, när</translation>
    </message>
    <message>
        <source>Value set aside</source>
        <translation>Undanlagt värde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Daterad</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
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
        <source>Enrolment</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Changes not yet acknowledged</source>
        <translation>Ändringar som ännu inte bekräftats</translation>
    </message>
    <message>
        <source>Waiting for related records</source>
        <translation>Väntar på tillhörande poster</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kvarhållna</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senaste synkning</translation>
    </message>
    <message>
        <source>Headquarters key</source>
        <translation>Huvudkontorets nyckel</translation>
    </message>
    <message>
        <source>&amp;Export sync package…</source>
        <translation>&amp;Exportera synkpaket…</translation>
    </message>
    <message>
        <source>Write your changes for headquarters (Ctrl+E)</source>
        <translation>Skriv dina ändringar för huvudkontoret (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export sync package</source>
        <translation>Exportera synkpaket</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import a package or receipt from headquarters, or an enrolment file (Ctrl+I)</source>
        <translation>Importera ett paket eller kvitto från huvudkontoret, eller en registreringsfil (Ctrl+I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Exported packages</source>
        <translation>Exporterade paket</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Konflikter (%Ln)</numerusform>
            <numerusform>Konflikter (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Kvarhållna (%Ln)</numerusform>
            <numerusform>Kvarhållna (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with headquarters</source>
        <translation>Registrerad hos huvudkontoret</translation>
    </message>
    <message>
        <source>This data folder is headquarters</source>
        <translation>Den här datamappen är huvudkontoret</translation>
    </message>
    <message>
        <source>Not enrolled yet: import the enrolment file from headquarters</source>
        <translation>Inte registrerad än: importera registreringsfilen från huvudkontoret</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synka nu</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatisk synkning</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Off: no headquarters address (Settings)</source>
        <translation>Av: ingen adress till huvudkontoret (Inställningar)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
    <message>
        <source>Sync with the headquarters hub now (F5)</source>
        <translation>Synka med huvudkontorets server nu (F5)</translation>
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
        <translation>Ingen användare</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Nuvarande användare</translation>
    </message>
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
    <message>
        <source>Sync with headquarters</source>
        <translation>Synkning med huvudkontoret</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>This file was encrypted for another headquarters or another laptop, so it cannot be opened here.</source>
        <translation>Filen krypterades för ett annat huvudkontor eller en annan dator och kan därför inte öppnas här.</translation>
    </message>
    <message>
        <source>This file&apos;s signature does not match the headquarters this laptop is enrolled with: it was altered, or it comes from elsewhere.</source>
        <translation>Filens signatur stämmer inte med huvudkontoret som den här datorn är registrerad hos: den har ändrats eller kommer någon annanstans ifrån.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters never enrolled.</source>
        <translation>Filen kommer från en dator som huvudkontoret aldrig har registrerat.</translation>
    </message>
    <message>
        <source>This file comes from a laptop headquarters has revoked.</source>
        <translation>Filen kommer från en dator som huvudkontoret har spärrat.</translation>
    </message>
    <message>
        <source>This file is signed with another key than the one on record for its laptop.</source>
        <translation>Filen är signerad med en annan nyckel än den som finns registrerad för dess dator.</translation>
    </message>
    <message>
        <source>This file is not built the way a sync package is: it is damaged, far too large, or made to cause harm.</source>
        <translation>Filen är inte uppbyggd som ett synkpaket: den är skadad, alldeles för stor eller gjord för att ställa till skada.</translation>
    </message>
    <message>
        <source>This file is damaged, incomplete, or not a Fältbok sync file.</source>
        <translation>Filen är skadad, ofullständig eller inte en synkfil från Fältbok.</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Fältbok. Update the app and import it again.</source>
        <translation>Filen skrevs av en nyare version av Fältbok. Uppdatera appen och importera den igen.</translation>
    </message>
    <message>
        <source>This file holds changes this version of Fältbok does not know.</source>
        <translation>Filen innehåller ändringar som den här versionen av Fältbok inte känner till.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with headquarters yet. Import the enrolment file headquarters gave you first.</source>
        <translation>Den här datorn är inte registrerad hos huvudkontoret än. Importera först registreringsfilen som du fick av huvudkontoret.</translation>
    </message>
    <message>
        <source>This data folder is headquarters: sync packages are written on the laptops.</source>
        <translation>Den här datamappen är huvudkontoret: synkpaket skrivs på de bärbara datorerna.</translation>
    </message>
    <message>
        <source>This laptop is already enrolled, or has sent packages under another identity. An enrolment file is only for a laptop&apos;s first enrolment.</source>
        <translation>Den här datorn är redan registrerad eller har skickat paket under en annan identitet. En registreringsfil används bara första gången en dator registreras.</translation>
    </message>
    <message>
        <source>This file is meant for another laptop or for headquarters.</source>
        <translation>Filen är avsedd för en annan dator eller för huvudkontoret.</translation>
    </message>
    <message>
        <source>That item no longer exists; the list has been refreshed.</source>
        <translation>Den posten finns inte längre; listan har uppdaterats.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sync keys are missing from its data folder. Ask headquarters to enrol it again.</source>
        <translation>Datorns synknycklar saknas i dess datamapp. Be huvudkontoret att registrera den igen.</translation>
    </message>
    <message>
        <source>Fältbok may not read or write that file. Choose another place.</source>
        <translation>Fältbok får inte läsa eller skriva den filen. Välj en annan plats.</translation>
    </message>
    <message>
        <source>That file or folder does not exist.</source>
        <translation>Den filen eller mappen finns inte.</translation>
    </message>
    <message>
        <source>The file could not be read or written: the disk may be full or the stick removed.</source>
        <translation>Filen kunde inte läsas eller skrivas: disken kan vara full eller minnet utdraget.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Något oväntat gick fel.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Inget ändrades.</translation>
    </message>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Synkpaketet skrevs till {path}. Ändringar i det: %Ln.</numerusform>
            <numerusform>Synkpaketet skrevs till {path}. Ändringar i det: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Namn och kontaktuppgifter som stannade på den här datorn: %Ln.</numerusform>
            <numerusform>Namn och kontaktuppgifter som stannade på den här datorn: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Huvudkontoret bekräftade att det tagit emot ditt paket (ändringar i det: %Ln).</numerusform>
            <numerusform>Huvudkontoret bekräftade att det tagit emot ditt paket (ändringar i det: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Ändringar som tagits emot från huvudkontoret: %Ln.</numerusform>
            <numerusform>Ändringar som tagits emot från huvudkontoret: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Väntar på poster som inte har kommit än: %Ln.</numerusform>
            <numerusform>Väntar på poster som inte har kommit än: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Kvarhållna åt en samordnare (daterade i framtiden): %Ln.</numerusform>
            <numerusform>Kvarhållna åt en samordnare (daterade i framtiden): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Konflikter att granska: %Ln.</numerusform>
            <numerusform>Konflikter att granska: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop is now enrolled with headquarters as “{name}”. Export a sync package to send your work.</source>
        <translation>Den här datorn är nu registrerad hos huvudkontoret som ”{name}”. Exportera ett synkpaket för att skicka ditt arbete.</translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Släppta kvarhållna ändringar: %Ln.</numerusform>
            <numerusform>Släppta kvarhållna ändringar: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Choose packages from laptops</source>
        <translation>Välj paket från datorerna</translation>
    </message>
    <message>
        <source>Fältbok sync packages (*.fbk);;All files (*)</source>
        <translation>Fältbok-synkpaket (*.fbk);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Folder for the receipts</source>
        <translation>Mapp för kvittona</translation>
    </message>
    <message>
        <source>Only a coordinator can do this.</source>
        <translation>Bara en samordnare kan göra detta.</translation>
    </message>
    <message>
        <source>Take in packages</source>
        <translation>Ta emot paket</translation>
    </message>
    <message>
        <source>Drop packages (.fbk) from the laptops here, or add them. Each is checked and merged on its own: a refused package changes nothing.</source>
        <translation>Släpp paket (.fbk) från datorerna här, eller lägg till dem. Vart och ett kontrolleras och sammanfogas för sig: ett vägrat paket ändrar ingenting.</translation>
    </message>
    <message>
        <source>Packages to take in</source>
        <translation>Paket att ta emot</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Add packages…</source>
        <translation>&amp;Lägg till paket…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Receipts to</source>
        <translation>&amp;Kvitton till</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Ta emot</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>%v of %m packages</source>
        <translation>%v av %m paket</translation>
    </message>
</context>
<context>
    <name>TextLimit</name>
    <message>
        <source>At most {limit} characters</source>
        <translation>Högst {limit} tecken</translation>
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
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Fältbok is locked</source>
        <translation>Fältbok är låst</translation>
    </message>
    <message>
        <source>The data on this laptop is encrypted. Type the passphrase to open it.</source>
        <translation>Data på den här datorn är krypterade. Skriv lösenfrasen för att öppna dem.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Wipe all data…</source>
        <translation>&amp;Radera alla data…</translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Radera alla data</translation>
    </message>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>%n felaktigt försök sedan senaste upplåsningen.</numerusform>
            <numerusform>%n felaktiga försök sedan senaste upplåsningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is the limit of wrong attempts set for this laptop. If you must, you can wipe all Fältbok data from it now.</source>
        <translation>Det är gränsen för felaktiga försök på den här datorn. Om du måste kan du nu radera alla Fältbok-data från den.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Skriv lösenfrasen.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Fältbok stays locked.</source>
        <translation>Lösenfrasen är fel. Fältbok förblir låst.</translation>
    </message>
    <message>
        <source>Fältbok could not open its database: {error}</source>
        <translation>Fältbok kunde inte öppna sin databas: {error}</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Your changes to “{name}” are not saved yet.</source>
        <translation>Dina ändringar i ”{name}” är inte sparade än.</translation>
    </message>
    <message>
        <source>The new record in “{list}” is not saved yet.</source>
        <translation>Den nya posten i ”{list}” är inte sparad än.</translation>
    </message>
    <message>
        <source>Save them and go on, discard them and go on, or cancel to keep editing.</source>
        <translation>Spara dem och gå vidare, släng dem och gå vidare, eller avbryt för att fortsätta redigera.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>S&amp;läng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using Fältbok?</source>
        <translation>Vem använder Fältbok?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
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
    <message>
        <source>Only a coordinator can create users or change roles. Switching to a user with more rights asks for the coordinator PIN or the passphrase.</source>
        <translation>Bara en samordnare kan skapa användare eller ändra roller. Att byta till en användare med fler rättigheter kräver samordnarens PIN-kod eller lösenfrasen.</translation>
    </message>
    <message>
        <source>Roles are not protected on this laptop: anyone can become a coordinator and see names. Set a coordinator PIN (or a passphrase) to protect them.</source>
        <translation>Rollerna är inte skyddade på den här datorn: vem som helst kan bli samordnare och se namn. Ange en PIN-kod för samordnare (eller en lösenfras) för att skydda dem.</translation>
    </message>
    <message>
        <source>Set coordinator &amp;PIN…</source>
        <translation>Ange samordnarens &amp;PIN-kod…</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase. After {n} wrong tries the PIN is blocked: type the passphrase instead.</source>
        <translation>Fel PIN-kod eller lösenfras. Efter {n} felaktiga försök är PIN-koden spärrad: skriv lösenfrasen i stället.</translation>
    </message>
    <message>
        <source>Wrong coordinator PIN or passphrase ({failures} of {limit} tries used). Nothing was changed.</source>
        <translation>Fel PIN-kod eller lösenfras ({failures} av {limit} försök använda). Inget ändrades.</translation>
    </message>
    <message>
        <source>This needs the coordinator PIN or the passphrase. Nothing was changed.</source>
        <translation>Det här kräver samordnarens PIN-kod eller lösenfrasen. Inget ändrades.</translation>
    </message>
    <message>
        <source>The PIN needs at least {n} characters.</source>
        <translation>PIN-koden måste ha minst {n} tecken.</translation>
    </message>
    <message>
        <source>Only a coordinator can set the coordinator PIN.</source>
        <translation>Bara en samordnare kan ange samordnarens PIN-kod.</translation>
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
    <name>WipeDialog</name>
    <message>
        <source>Audit trail entries</source>
        <translation>Loggposter</translation>
    </message>
    <message>
        <source>The database was locked, so Fältbok could not count the changes headquarters had not acknowledged. Anything not yet synced is lost.</source>
        <translation>Databasen var låst, så Fältbok kunde inte räkna de ändringar som huvudkontoret inte hade bekräftat. Allt som inte hunnit synkas är förlorat.</translation>
    </message>
    <message>
        <source>Headquarters had acknowledged every change: nothing unsent was lost.</source>
        <translation>Huvudkontoret hade bekräftat alla ändringar: inget osänt gick förlorat.</translation>
    </message>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok förstörde sina data på den här datorn (%Ln fil).</numerusform>
            <numerusform>Fältbok förstörde sina data på den här datorn (%Ln filer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>Den här %Ln ändringen hade inte bekräftats av huvudkontoret och är förlorad:</numerusform>
            <numerusform>De här %Ln ändringarna hade inte bekräftats av huvudkontoret och är förlorade:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipe all data</source>
        <translation>Radera alla data</translation>
    </message>
    <message>
        <source>Wipe all Fältbok data from this laptop?</source>
        <translation>Radera alla Fältbok-data från den här datorn?</translation>
    </message>
    <message>
        <source>This destroys the database, its backups, exported sync packages and this device&apos;s keys at once. It cannot be undone, and the passphrase will not bring anything back.</source>
        <translation>Detta förstör databasen, dess säkerhetskopior, exporterade synkpaket och enhetens nycklar på en gång. Det kan inte ångras, och lösenfrasen kan inte få tillbaka något.</translation>
    </message>
    <message>
        <source>&amp;Wipe everything</source>
        <translation>&amp;Radera allt</translation>
    </message>
    <message>
        <source>Wipe everything</source>
        <translation>Radera allt</translation>
    </message>
    <message>
        <source>Counting the changes headquarters has not yet acknowledged…</source>
        <translation>Räknar ändringar som huvudkontoret ännu inte har bekräftat…</translation>
    </message>
    <message>
        <source>The database is locked, so Fältbok cannot count the changes headquarters has not yet acknowledged. Anything not yet synced will be lost.</source>
        <translation>Databasen är låst, så Fältbok kan inte räkna de ändringar som huvudkontoret ännu inte har bekräftat. Allt som inte hunnit synkas går förlorat.</translation>
    </message>
    <message>
        <source>Headquarters has acknowledged every change made on this laptop: nothing unsent will be lost.</source>
        <translation>Huvudkontoret har bekräftat alla ändringar som gjorts på den här datorn: inget osänt går förlorat.</translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Huvudkontoret har ännu inte bekräftat den här %Ln ändringen. Den går förlorad:</numerusform>
            <numerusform>Huvudkontoret har ännu inte bekräftat de här %Ln ändringarna. De går förlorade:</numerusform>
        </translation>
    </message>
    <message>
        <source>Data wiped</source>
        <translation>Data raderade</translation>
    </message>
    <message>
        <source>Wipe incomplete</source>
        <translation>Raderingen blev inte klar</translation>
    </message>
    <message>
        <source>The wipe did not finish: {error}. Some files may remain; try again.</source>
        <translation>Raderingen blev inte klar: {error}. Vissa filer kan finnas kvar; försök igen.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>This indicator is not broken down by gender.</source>
        <translation>Indikatorn fördelas inte efter kön.</translation>
    </message>
    <message>
        <source>This indicator is not broken down by age band.</source>
        <translation>Indikatorn fördelas inte efter åldersgrupp.</translation>
    </message>
    <message>
        <source>Readings add up over periods</source>
        <translation>Värdena läggs ihop över perioder</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Must be between {low} and {high}.</source>
        <translation>Måste vara mellan {low} och {high}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Måste vara ett heltal.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Gender breakdown adds up to {total}, value is {value}.</source>
        <translation>Fördelningen efter kön blir {total}, värdet är {value}.</translation>
    </message>
    <message>
        <source>Age band breakdown adds up to {total}, value is {value}.</source>
        <translation>Fördelningen efter åldersgrupp blir {total}, värdet är {value}.</translation>
    </message>
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
        <source>Too long: at most {limit} characters.</source>
        <translation>För lång: högst {limit} tecken.</translation>
    </message>
    <message>
        <source>Contains a character that is not text.</source>
        <translation>Innehåller ett tecken som inte är text.</translation>
    </message>
    <message>
        <source>Too large a number.</source>
        <translation>För stort tal.</translation>
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
        <source>“{value}” means nothing Fältbok knows.</source>
        <translation>”{value}” betyder inget som Fältbok känner till.</translation>
    </message>
    <message>
        <source>In the file twice (first on line {line}).</source>
        <translation>Finns två gånger i filen (först på rad {line}).</translation>
    </message>
    <message>
        <source>Nothing to import.</source>
        <translation>Inget att importera.</translation>
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
</TS>
