<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AttendancePage</name>
    <message numerus="yes">
        <source>%n participant(s) match; type more, or use the arrow keys and Space.</source>
        <translation>
            <numerusform>%n participant matches; type more, or use the arrow keys and Space.</numerusform>
            <numerusform>%n participants match; type more, or use the arrow keys and Space.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceModel</name>
    <message numerus="yes">
        <source>%Ln packages</source>
        <translation>
            <numerusform>%Ln package</numerusform>
            <numerusform>%Ln packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{when} (%Ln packages)</source>
        <translation>
            <numerusform>{when} (%Ln package)</numerusform>
            <numerusform>{when} (%Ln packages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message numerus="yes">
        <source>Laptops (%Ln)</source>
        <translation>
            <numerusform>Laptops (%Ln)</numerusform>
            <numerusform>Laptops (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts across laptops (%Ln)</source>
        <translation>
            <numerusform>Conflicts across laptops (%Ln)</numerusform>
            <numerusform>Conflicts across laptops (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HqWords</name>
    <message numerus="yes">
        <source>Merged from “{name}”: %Ln changes.</source>
        <translation>
            <numerusform>Merged from “{name}”: %Ln change.</numerusform>
            <numerusform>Merged from “{name}”: %Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for related records: %Ln.</source>
        <translation>
            <numerusform>Waiting for related records: %Ln.</numerusform>
            <numerusform>Waiting for related records: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quarantined: %Ln.</source>
        <translation>
            <numerusform>Quarantined: %Ln.</numerusform>
            <numerusform>Quarantined: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Conflicts to review: %Ln.</numerusform>
            <numerusform>Conflicts to review: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}”: %Ln changes in {file}.</source>
        <translation>
            <numerusform>“{name}”: %Ln change in {file}.</numerusform>
            <numerusform>“{name}”: %Ln changes in {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubWords</name>
    <message numerus="yes">
        <source>Synced %Ln minute(s) ago</source>
        <translation>
            <numerusform>Synced %Ln minute ago</numerusform>
            <numerusform>Synced %Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln hour(s) ago</source>
        <translation>
            <numerusform>Synced %Ln hour ago</numerusform>
            <numerusform>Synced %Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %Ln day(s) ago</source>
        <translation>
            <numerusform>Synced %Ln day ago</numerusform>
            <numerusform>Synced %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln second(s)</source>
        <translation>
            <numerusform>next try in %Ln second</numerusform>
            <numerusform>next try in %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %Ln minute(s)</source>
        <translation>
            <numerusform>next try in %Ln minute</numerusform>
            <numerusform>next try in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes sent: %Ln.</source>
        <translation>
            <numerusform>Changes sent: %Ln.</numerusform>
            <numerusform>Changes sent: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Packages confirmed by headquarters: %Ln.</source>
        <translation>
            <numerusform>Packages confirmed by headquarters: %Ln.</numerusform>
            <numerusform>Packages confirmed by headquarters: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Changes taken in from headquarters: %Ln.</numerusform>
            <numerusform>Changes taken in from headquarters: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IatiExport</name>
    <message numerus="yes">
        <source>Wrote %n IATI activities to {0}.</source>
        <translation>
            <numerusform>Wrote %n IATI activity to {0}.</numerusform>
            <numerusform>Wrote %n IATI activities to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s): a short passphrase is guessed quickly.</source>
        <translation>
            <numerusform>Use at least %n character: a short passphrase is guessed quickly.</numerusform>
            <numerusform>Use at least %n characters: a short passphrase is guessed quickly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverriddenNotice</name>
    <message numerus="yes">
        <source>%Ln of your edit(s) overridden — review</source>
        <translation>
            <numerusform>%Ln of your edits was overridden — review</numerusform>
            <numerusform>%Ln of your edits were overridden — review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListWidget</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendBack</name>
    <message numerus="yes">
        <source>Return packages written: %Ln.</source>
        <translation>
            <numerusform>Return packages written: %Ln.</numerusform>
            <numerusform>Return packages written: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Conflicts (%Ln)</numerusform>
            <numerusform>Conflicts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back (%Ln)</source>
        <translation>
            <numerusform>Held back (%Ln)</numerusform>
            <numerusform>Held back (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%Ln change(s) not yet acknowledged</source>
        <translation>
            <numerusform>%Ln change not yet acknowledged</numerusform>
            <numerusform>%Ln changes not yet acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>Sync package written to {path}. Changes in it: %Ln.</source>
        <translation>
            <numerusform>Sync package written to {path}. Changes in it: %Ln.</numerusform>
            <numerusform>Sync package written to {path}. Changes in it: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts kept on this laptop: %Ln.</source>
        <translation>
            <numerusform>Names and contacts kept on this laptop: %Ln.</numerusform>
            <numerusform>Names and contacts kept on this laptop: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters confirmed receiving your package (changes in it: %Ln).</source>
        <translation>
            <numerusform>Headquarters confirmed receiving your package (changes in it: %Ln).</numerusform>
            <numerusform>Headquarters confirmed receiving your package (changes in it: %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes taken in from headquarters: %Ln.</source>
        <translation>
            <numerusform>Changes taken in from headquarters: %Ln.</numerusform>
            <numerusform>Changes taken in from headquarters: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for records not here yet: %Ln.</source>
        <translation>
            <numerusform>Waiting for records not here yet: %Ln.</numerusform>
            <numerusform>Waiting for records not here yet: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back for a coordinator (dated in the future): %Ln.</source>
        <translation>
            <numerusform>Held back for a coordinator (dated in the future): %Ln.</numerusform>
            <numerusform>Held back for a coordinator (dated in the future): %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to review: %Ln.</source>
        <translation>
            <numerusform>Conflicts to review: %Ln.</numerusform>
            <numerusform>Conflicts to review: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held-back changes released: %Ln.</source>
        <translation>
            <numerusform>Held-back changes released: %Ln.</numerusform>
            <numerusform>Held-back changes released: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>%n wrong attempt(s) since the last unlock.</source>
        <translation>
            <numerusform>%n wrong attempt since the last unlock.</numerusform>
            <numerusform>%n wrong attempts since the last unlock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message numerus="yes">
        <source>Fältbok destroyed its data on this laptop (%Ln file(s)).</source>
        <translation>
            <numerusform>Fältbok destroyed its data on this laptop (%Ln file).</numerusform>
            <numerusform>Fältbok destroyed its data on this laptop (%Ln files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln change(s) had not been acknowledged by headquarters and are lost:</source>
        <translation>
            <numerusform>This change had not been acknowledged by headquarters and is lost:</numerusform>
            <numerusform>These %Ln changes had not been acknowledged by headquarters and are lost:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Headquarters has not yet acknowledged these %Ln change(s). They will be lost:</source>
        <translation>
            <numerusform>Headquarters has not yet acknowledged this change. It will be lost:</numerusform>
            <numerusform>Headquarters has not yet acknowledged these %Ln changes. They will be lost:</numerusform>
        </translation>
    </message>
</context>
</TS>
