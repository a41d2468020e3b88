<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ask for a login at start (switch off for a one-person office)</source>
        <translation>Ask for a login at start (switch off for a one-person office)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ActivitiesPanel</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Activity saved</source>
        <translation>Activity saved</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>Activity deleted</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the figures of %1, %2?</source>
        <translation>Approve the figures of %1, %2?</translation>
    </message>
    <message>
        <source>Once approved, these become read-only in every screen and import until a leader un-approves them with a reason: %1 figures, %2 targets, %3 report texts and %4 activities.</source>
        <translation>Once approved, these become read-only in every screen and import until a leader un-approves them with a reason: %1 figures, %2 targets, %3 report texts and %4 activities.</translation>
    </message>
    <message>
        <source>The checks found %1 errors and %2 warnings:</source>
        <translation>The checks found %1 errors and %2 warnings:</translation>
    </message>
    <message>
        <source>Why approve despite the errors (kept with the approval)</source>
        <translation>Why approve despite the errors (kept with the approval)</translation>
    </message>
    <message>
        <source>Approve despite the warnings</source>
        <translation>Approve despite the warnings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup</source>
        <translation>Only an administrator may restore a backup</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>at start</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>every 30 minutes</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>before a schema upgrade</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <source>before a repair</source>
        <translation>before a repair</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>%1 backups take %2 MB; the last five taken before an import are kept, besides today's and yesterday's and one a day, week and month before</source>
        <translation>%1 backups take %2 MB; the last five taken before an import are kept, besides today's and yesterday's and one a day, week and month before</translation>
    </message>
    <message>
        <source>Backed up at %1 (%2 KB)</source>
        <translation>Backed up at %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The current file is kept aside first.</source>
        <translation>Replace the database with the backup of %1? The current file is kept aside first.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>Org units</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>Import the catalog</translation>
    </message>
    <message>
        <source>Catalog (*.xlsx *.csv)</source>
        <translation>Catalog (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Catalog imported from %1: %2.</source>
        <translation>Catalog imported from %1: %2.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Export the catalog</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation>%1 records written to %2.</translation>
    </message>
</context>
<context>
    <name>CatalogFields</name>
    <message>
        <source>added up (flows)</source>
        <translation>added up (flows)</translation>
    </message>
    <message>
        <source>latest figure (stocks)</source>
        <translation>latest figure (stocks)</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>averaged</translation>
    </message>
    <message>
        <source>not accumulated</source>
        <translation>not accumulated</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>decimal number</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>percentage</translation>
    </message>
    <message>
        <source>money (đồng)</source>
        <translation>money (đồng)</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>sum</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <source>not rolled up</source>
        <translation>not rolled up</translation>
    </message>
    <message>
        <source>relative (%)</source>
        <translation>relative (%)</translation>
    </message>
    <message>
        <source>difference (points, units)</source>
        <translation>difference (points, units)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Vietnamese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Unit in English</source>
        <translation>Unit in English</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Roll-up</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <source>Report section</source>
        <translation>Report section</translation>
    </message>
    <message>
        <source>Report heading</source>
        <translation>Report heading</translation>
    </message>
</context>
<context>
    <name>CatalogImportDialog</name>
    <message>
        <source>Import the catalog from %1</source>
        <translation>Import the catalog from %1</translation>
    </message>
    <message>
        <source>%1 problems: nothing can be imported until the file is corrected.</source>
        <translation>%1 problems: nothing can be imported until the file is corrected.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Nothing to change: the catalog already holds this file.</source>
        <translation>Nothing to change: the catalog already holds this file.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 of them retired.</source>
        <translation>%1 to add, %2 to change, %3 of them retired.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>add</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retire</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Stop / resume using</source>
        <translation>Stop / resume using</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>“%1” has data: it can only be taken out of use.</source>
        <translation>“%1” has data: it can only be taken out of use.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>Back to the whole chart</source>
        <translation>Back to the whole chart</translation>
    </message>
    <message>
        <source>Previous view</source>
        <translation>Previous view</translation>
    </message>
    <message>
        <source>Next view</source>
        <translation>Next view</translation>
    </message>
    <message>
        <source>Move the chart (left button), zoom (right button)</source>
        <translation>Move the chart (left button), zoom (right button)</translation>
    </message>
    <message>
        <source>Zoom into a rectangle</source>
        <translation>Zoom into a rectangle</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Save the chart as a picture</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>A file this large is not checked before it is written: run the checks after the import (`validate --all-children`).</source>
        <translation>A file this large is not checked before it is written: run the checks after the import (`validate --all-children`).</translation>
    </message>
    <message>
        <source>Once imported, the checks find %1 errors and %2 warnings (the figures may still be right; importing is not refused):</source>
        <translation>Once imported, the checks find %1 errors and %2 warnings (the figures may still be right; importing is not refused):</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Figures received for %1, %2: entered / expected per sector (green complete, yellow partial, red missing)</source>
        <translation>Figures received for %1, %2: entered / expected per sector (green complete, yellow partial, red missing)</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 errors, %2 warnings</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 of the figures worked out from the units below or shorter periods</source>
        <translation>%1 of the figures worked out from the units below or shorter periods</translation>
    </message>
    <message>
        <source>%1 of them from only some units or months</source>
        <translation>%1 of them from only some units or months</translation>
    </message>
    <message>
        <source>Imported %1 from the data package of %2 (id %3, made %4)</source>
        <translation>Imported %1 from the data package of %2 (id %3, made %4)</translation>
    </message>
    <message>
        <source>Imported %1 from a spreadsheet</source>
        <translation>Imported %1 from a spreadsheet</translation>
    </message>
    <message>
        <source>Last change %1 by %2</source>
        <translation>Last change %1 by %2</translation>
    </message>
</context>
<context>
    <name>ComputedIndicators</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>From the records</translation>
    </message>
    <message>
        <source>Typed in the grid</source>
        <translation>Typed in the grid</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>%1, %2 (the unit and those under it; dates cut by the office's period rule)</source>
        <translation>%1, %2 (the unit and those under it; dates cut by the office's period rule)</translation>
    </message>
    <message>
        <source>The figure typed by hand differs from the records</source>
        <translation>The figure typed by hand differs from the records</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Choose from a calendar</translation>
    </message>
    <message>
        <source>enter a date</source>
        <translation>enter a date</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>enter the date too</source>
        <translation>enter the date too</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Something went wrong; your saved work is safe.</source>
        <translation>Something went wrong; your saved work is safe.</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>The details are in the log file %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Export a data package</source>
        <translation>Export a data package</translation>
    </message>
    <message>
        <source>Data packages (*.tttpkg)</source>
        <translation>Data packages (*.tttpkg)</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>Package written: %1</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Import a data package</translation>
    </message>
    <message>
        <source>A new sender</source>
        <translation>A new sender</translation>
    </message>
    <message>
        <source>This is the first package from %1. It is signed with the key whose fingerprint is

%2

Compare it with the sender (by phone, or their office-key show) before trusting it. Trust this key for %1 from now on?</source>
        <translation>This is the first package from %1. It is signed with the key whose fingerprint is

%2

Compare it with the sender (by phone, or their office-key show) before trusting it. Trust this key for %1 from now on?</translation>
    </message>
    <message>
        <source>Trust and continue</source>
        <translation>Trust and continue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>%1 rows exported to %2</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Insert a figure</source>
        <translation>Insert a figure</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>as usual</translation>
    </message>
    <message>
        <source>Compare with the same period (cùng kỳ năm …)</source>
        <translation>Compare with the same period (cùng kỳ năm …)</translation>
    </message>
    <message>
        <source>as the report settings say</source>
        <translation>as the report settings say</translation>
    </message>
    <message>
        <source>08 (with a leading zero)</source>
        <translation>08 (with a leading zero)</translation>
    </message>
    <message>
        <source>8 (without)</source>
        <translation>8 (without)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>What to print</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimals</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Written in</translation>
    </message>
    <message>
        <source>Counts under 10</source>
        <translation>Counts under 10</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Prints</translation>
    </message>
    <message>
        <source>Status, figure and change (ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023)</source>
        <translation>Status, figure and change (ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023)</translation>
    </message>
    <message>
        <source>The figure with its unit (69,3 tỷ đồng)</source>
        <translation>The figure with its unit (69,3 tỷ đồng)</translation>
    </message>
    <message>
        <source>The number alone (69,3)</source>
        <translation>The number alone (69,3)</translation>
    </message>
    <message>
        <source>The change (tăng 18% so với năm 2023)</source>
        <translation>The change (tăng 18% so với năm 2023)</translation>
    </message>
    <message>
        <source>Estimate or final (ước đạt / đạt)</source>
        <translation>Estimate or final (ước đạt / đạt)</translation>
    </message>
    <message>
        <source>The same period a year before</source>
        <translation>The same period a year before</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>The target</translation>
    </message>
    <message>
        <source>Year to date (lũy kế từ đầu năm)</source>
        <translation>Year to date (lũy kế từ đầu năm)</translation>
    </message>
    <message>
        <source>Year to date against the same months a year before</source>
        <translation>Year to date against the same months a year before</translation>
    </message>
    <message>
        <source>Against the target (đạt 123,4% kế hoạch)</source>
        <translation>Against the target (đạt 123,4% kế hoạch)</translation>
    </message>
    <message>
        <source>The change in the unit (tăng 100 tỷ đồng so với năm 2023)</source>
        <translation>The change in the unit (tăng 100 tỷ đồng so với năm 2023)</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>One per line: %1</source>
        <translation>One per line: %1</translation>
    </message>
    <message>
        <source>%1: a whole number</source>
        <translation>%1: a whole number</translation>
    </message>
    <message>
        <source>One row per establishment ticked on the main tab</source>
        <translation>One row per establishment ticked on the main tab</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Changes of %1, %2</source>
        <translation>Changes of %1, %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>difficulties</translation>
    </message>
    <message>
        <source>next tasks</source>
        <translation>next tasks</translation>
    </message>
    <message>
        <source>Report text, %1 (%2)</source>
        <translation>Report text, %1 (%2)</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Activity: %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>un-approved</source>
        <translation>un-approved</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Indicator or record</source>
        <translation>Indicator or record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>%1 figures and %2 activities can be imported; %3 problems.</source>
        <translation>%1 figures and %2 activities can be imported; %3 problems.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Import only the valid rows</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1 rows imported</source>
        <translation>%1 rows imported</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written</source>
        <translation>Import cancelled: nothing was written</translation>
    </message>
</context>
<context>
    <name>IndicatorChartPanel</name>
    <message>
        <source>Periods shown:</source>
        <translation>Periods shown:</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Same period %1</source>
        <translation>Same period %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>This column is worked out, not typed: type into the column of this period</source>
        <translation>This column is worked out, not typed: type into the column of this period</translation>
    </message>
    <message>
        <source>The period is approved: its figures are read-only until a leader un-approves it</source>
        <translation>The period is approved: its figures are read-only until a leader un-approves it</translation>
    </message>
    <message>
        <source>Rolled up from the units below, accumulated from shorter periods, or counted from the records: what reports print where nothing is typed</source>
        <translation>Rolled up from the units below, accumulated from shorter periods, or counted from the records: what reports print where nothing is typed</translation>
    </message>
    <message>
        <source>Typed %1</source>
        <translation>Typed %1</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Computed</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Differs from the computed figure %1</source>
        <translation>Differs from the computed figure %1</translation>
    </message>
    <message>
        <source>Rolled up from %1 of %2 units</source>
        <translation>Rolled up from %1 of %2 units</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Accumulated from %1 of %2 months</source>
        <translation>Accumulated from %1 of %2 months</translation>
    </message>
    <message>
        <source>From the units it took over in the reorganisation: %1</source>
        <translation>From the units it took over in the reorganisation: %1</translation>
    </message>
    <message>
        <source>Counted from the inspection records</source>
        <translation>Counted from the inspection records</translation>
    </message>
    <message>
        <source>Computed from its numerator and denominator</source>
        <translation>Computed from its numerator and denominator</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Typed</translation>
    </message>
    <message>
        <source>Not whole: some units or months have no figure yet</source>
        <translation>Not whole: some units or months have no figure yet</translation>
    </message>
    <message>
        <source>An estimate</source>
        <translation>An estimate</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Your account may not change figures</source>
        <translation>Your account may not change figures</translation>
    </message>
    <message>
        <source>Row %1: below the last indicator</source>
        <translation>Row %1: below the last indicator</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Paste %1 rows from %2</source>
        <translation>Paste %1 rows from %2</translation>
    </message>
</context>
<context>
    <name>InspectionForms</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Licence issued</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Licence expires</translation>
    </message>
    <message>
        <source>Licence issued by</source>
        <translation>Licence issued by</translation>
    </message>
    <message>
        <source>Business registration code</source>
        <translation>Business registration code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Representative's title</source>
        <translation>Representative's title</translation>
    </message>
    <message>
        <source>Representative's sex</source>
        <translation>Representative's sex</translation>
    </message>
    <message>
        <source>male (Nam)</source>
        <translation>male (Nam)</translation>
    </message>
    <message>
        <source>female (Nữ)</source>
        <translation>female (Nữ)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Inspection decision number</source>
        <translation>Inspection decision number</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Planned (unticked: unscheduled)</source>
        <translation>Planned (unticked: unscheduled)</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Establishments inspected</source>
        <translation>Establishments inspected</translation>
    </message>
    <message>
        <source>Each establishment</source>
        <translation>Each establishment</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>Evidence photos</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>— (found outside an inspection)</source>
        <translation>— (found outside an inspection)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Offender (organisation or person)</source>
        <translation>Offender (organisation or person)</translation>
    </message>
    <message>
        <source>Establishment (if any)</source>
        <translation>Establishment (if any)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Fine (đồng)</source>
        <translation>Fine (đồng)</translation>
    </message>
    <message>
        <source>Penalty decision number</source>
        <translation>Penalty decision number</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <source>Remedial measures</source>
        <translation>Remedial measures</translation>
    </message>
    <message>
        <source>Administrative violation</source>
        <translation>Administrative violation</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <source>Quick entry of a violation in the field</source>
        <translation>Quick entry of a violation in the field</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Document (decree …)</source>
        <translation>Document (decree …)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>Minimum fine</source>
        <translation>Minimum fine</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Maximum fine</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Printing or photocopy shop</source>
        <translation>Printing or photocopy shop</translation>
    </message>
    <message>
        <source>Press agency</source>
        <translation>Press agency</translation>
    </message>
    <message>
        <source>Representative office, resident reporter</source>
        <translation>Representative office, resident reporter</translation>
    </message>
    <message>
        <source>Electronic information site</source>
        <translation>Electronic information site</translation>
    </message>
    <message>
        <source>Postal provider</source>
        <translation>Postal provider</translation>
    </message>
    <message>
        <source>Postal service point</source>
        <translation>Postal service point</translation>
    </message>
    <message>
        <source>Telecom operator</source>
        <translation>Telecom operator</translation>
    </message>
    <message>
        <source>Commune radio station</source>
        <translation>Commune radio station</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Operating</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Penalty decided</source>
        <translation>Penalty decided</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Appealed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>Public service portal</source>
        <translation>Public service portal</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Licence expired</translation>
    </message>
    <message>
        <source>Licence expires within 60 days</source>
        <translation>Licence expires within 60 days</translation>
    </message>
    <message>
        <source>Unpaid past its deadline</source>
        <translation>Unpaid past its deadline</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Past its deadline</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>sample</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Petitions</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <source>Indicators from the records</source>
        <translation>Indicators from the records</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>unscheduled</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Past deadline only</source>
        <translation>Past deadline only</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All org units</source>
        <translation>All org units</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Licence expired or expiring</source>
        <translation>Licence expired or expiring</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Offence</translation>
    </message>
    <message>
        <source>Minimum fine</source>
        <translation>Minimum fine</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Maximum fine</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the document</source>
        <translation>Issue the document</translation>
    </message>
    <message>
        <source>Once issued, the number is taken and the document is kept in the register; it is never renumbered.</source>
        <translation>Once issued, the number is taken and the document is kept in the register; it is never renumbered.</translation>
    </message>
    <message>
        <source>Number (the register's next)</source>
        <translation>Number (the register's next)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Information and Communications reports</source>
        <translation>Information and Communications reports</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Back to the office's &amp;data</source>
        <translation>Back to the office's &amp;data</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple data</source>
        <translation>Open the sa&amp;mple data</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>Org unit:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Catalog…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <source>Export the Excel &amp;template…</source>
        <translation>Export the Excel &amp;template…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Import from Excel or CSV…</translation>
    </message>
    <message>
        <source>Export a data &amp;package…</source>
        <translation>Export a data &amp;package…</translation>
    </message>
    <message>
        <source>Import a data pac&amp;kage…</source>
        <translation>Import a data pac&amp;kage…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Back&amp;ups…</translation>
    </message>
    <message>
        <source>The sample data live in a file of their own: the office's file is closed, not changed</source>
        <translation>The sample data live in a file of their own: the office's file is closed, not changed</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>History of the selected &amp;figure…</source>
        <translation>History of the selected &amp;figure…</translation>
    </message>
    <message>
        <source>History of the &amp;period…</source>
        <translation>History of the &amp;period…</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Show &amp;retired units</translation>
    </message>
    <message>
        <source>List the units that no longer existed in the period (merged, split or dissolved) as well</source>
        <translation>List the units that no longer existed in the period (merged, split or dissolved) as well</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Approved — un-approve…</source>
        <translation>Approved — un-approve…</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the period is read-only</source>
        <translation>Approved by %1 on %2; the period is read-only</translation>
    </message>
    <message>
        <source>Approve this org unit's period: its data becomes read-only</source>
        <translation>Approve this org unit's period: its data becomes read-only</translation>
    </message>
    <message>
        <source>Un-approved</source>
        <translation>Un-approved</translation>
    </message>
    <message>
        <source>Approved: the period is read-only</source>
        <translation>Approved: the period is read-only</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Inspection records</source>
        <translation>Inspection records</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Export the figures as a ta&amp;ble…</source>
        <translation>Export the figures as a ta&amp;ble…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Register of documents</source>
        <translation>Register of documents</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>This database has no file to back up</source>
        <translation>This database has no file to back up</translation>
    </message>
    <message>
        <source>Choose a figure in the grid first</source>
        <translation>Choose a figure in the grid first</translation>
    </message>
    <message>
        <source>Office settings saved</source>
        <translation>Office settings saved</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Text saved at %1</source>
        <translation>Text saved at %1</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>Insert a figure…</source>
        <translation>Insert a figure…</translation>
    </message>
    <message>
        <source>A field that prints the figure from the records when the report is made (Ctrl+Shift+F)</source>
        <translation>A field that prints the figure from the records when the report is made (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Copy from the year before</source>
        <translation>Copy from the year before</translation>
    </message>
    <message>
        <source>Start this period's text, in every sector, from the same period a year before; parts already written are kept</source>
        <translation>Start this period's text, in every sector, from the same period a year before; parts already written are kept</translation>
    </message>
    <message>
        <source>%1 parts copied from %2</source>
        <translation>%1 parts copied from %2</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Calendar periods (1st to last day)</source>
        <translation>Calendar periods (1st to last day)</translation>
    </message>
    <message>
        <source>Decree 09/2019 cut-off (15th to 14th)</source>
        <translation>Decree 09/2019 cut-off (15th to 14th)</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Reporting periods</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficeSetupDialog</name>
    <message>
        <source>Welcome: which office is this?</source>
        <translation>Welcome: which office is this?</translation>
    </message>
    <message>
        <source>Choose your office from the official list of administrative units in force since 1 July 2025. The program fills in its units; you can change them later in File → Catalog.</source>
        <translation>Choose your office from the official list of administrative units in force since 1 July 2025. The program fills in its units; you can change them later in File → Catalog.</translation>
    </message>
    <message>
        <source>A province's department (the province and all its communes)</source>
        <translation>A province's department (the province and all its communes)</translation>
    </message>
    <message>
        <source>A commune's office (the commune alone)</source>
        <translation>A commune's office (the commune alone)</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Set up this office</translation>
    </message>
    <message>
        <source>Try the sample data first</source>
        <translation>Try the sample data first</translation>
    </message>
    <message>
        <source>The 2024 figures of a provincial report, in a file of their own: this file is not touched and is set up the next time</source>
        <translation>The 2024 figures of a provincial report, in a file of their own: this file is not touched and is set up the next time</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Choose the province or city first.</source>
        <translation>Choose the province or city first.</translation>
    </message>
    <message>
        <source>Choose the commune or ward.</source>
        <translation>Choose the commune or ward.</translation>
    </message>
    <message>
        <source>The file will hold %1 (code %2), in force since %3.</source>
        <translation>The file will hold %1 (code %2), in force since %3.</translation>
    </message>
    <message>
        <source>The file will hold %1 and its %2 communes and wards, in force since %3.</source>
        <translation>The file will hold %1 and its %2 communes and wards, in force since %3.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Import a data package</source>
        <translation>Import a data package</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>conflicting</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>From %1, period %2, made %3: %4</source>
        <translation>From %1, period %2, made %3: %4</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Ours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ours</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>%1 records imported from the package</source>
        <translation>%1 records imported from the package</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written</source>
        <translation>Import cancelled: nothing was written</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Half-year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Nine months</source>
        <translation>Nine months</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>First half</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>Second half</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>(none: top of the tree)</source>
        <translation>(none: top of the tree)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Still to fill for the legal form (it prints as a draft until then): %1</source>
        <translation>Still to fill for the legal form (it prints as a draft until then): %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It can be restored until the trash is emptied.</source>
        <translation>Move “%1” to the trash? It can be restored until the trash is emptied.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Moved to the trash</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Digest of the PDF</source>
        <translation>Digest of the PDF</translation>
    </message>
    <message>
        <source>Reprint as issued…</source>
        <translation>Reprint as issued…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Choose the document to reprint in the list</source>
        <translation>Choose the document to reprint in the list</translation>
    </message>
    <message>
        <source>Reprint as issued</source>
        <translation>Reprint as issued</translation>
    </message>
    <message>
        <source>%1 written as issued on %2</source>
        <translation>%1 written as issued on %2</translation>
    </message>
</context>
<context>
    <name>ReportSettingsForm</name>
    <message>
        <source>from the start</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>Documents dated from this day carry this letterhead; an agency that changed gets a new letterhead from the day of the change</source>
        <translation>Documents dated from this day carry this letterhead; an agency that changed gets a new letterhead from the day of the change</translation>
    </message>
    <message>
        <source>(made from the period)</source>
        <translation>(made from the period)</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <source>Counts under 10 with a leading zero (08)</source>
        <translation>Counts under 10 with a leading zero (08)</translation>
    </message>
    <message>
        <source>The indicators whose trend the report's appendix draws</source>
        <translation>The indicators whose trend the report's appendix draws</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Superior agency</source>
        <translation>Superior agency</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Signer's title</translation>
    </message>
    <message>
        <source>Signer's name</source>
        <translation>Signer's name</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Archive (Lưu)</source>
        <translation>Archive (Lưu)</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Results and next tasks (period report)</source>
        <translation>Results and next tasks (period report)</translation>
    </message>
    <message>
        <source>Inspection minutes</source>
        <translation>Inspection minutes</translation>
    </message>
    <message>
        <source>Violation record</source>
        <translation>Violation record</translation>
    </message>
    <message>
        <source>Penalty decision</source>
        <translation>Penalty decision</translation>
    </message>
    <message>
        <source>Violations and fines of the period</source>
        <translation>Violations and fines of the period</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save Word…</source>
        <translation>Save Word…</translation>
    </message>
    <message>
        <source>The same document as an editable Word file, for changes before signing</source>
        <translation>The same document as an editable Word file, for changes before signing</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Give the document its number from the register and its date, keep a copy in the register and save the PDF to sign</source>
        <translation>Give the document its number from the register and its date, keep a copy in the register and save the PDF to sign</translation>
    </message>
    <message>
        <source>Check a printed copy…</source>
        <translation>Check a printed copy…</translation>
    </message>
    <message>
        <source>Is a printed report (its PDF) still what the records say? Every page carries the code this checks</source>
        <translation>Is a printed report (its PDF) still what the records say? Every page carries the code this checks</translation>
    </message>
    <message>
        <source>For %1, %2 (chosen in the toolbar)</source>
        <translation>For %1, %2 (chosen in the toolbar)</translation>
    </message>
    <message>
        <source>The letterhead of %1 has unsaved changes: save them or undo them before choosing another unit's</source>
        <translation>The letterhead of %1 has unsaved changes: save them or undo them before choosing another unit's</translation>
    </message>
    <message>
        <source>Letterhead of %1</source>
        <translation>Letterhead of %1</translation>
    </message>
    <message>
        <source>Letterhead of %1 (suggested: not saved yet)</source>
        <translation>Letterhead of %1 (suggested: not saved yet)</translation>
    </message>
    <message>
        <source>Report settings saved</source>
        <translation>Report settings saved</translation>
    </message>
    <message>
        <source>Unknown fields in the report text, nothing printed: %1</source>
        <translation>Unknown fields in the report text, nothing printed: %1</translation>
    </message>
    <message>
        <source>Parts of the report are empty</source>
        <translation>Parts of the report are empty</translation>
    </message>
    <message>
        <source>These parts of the report are empty:
%1

Make the preview anyway?</source>
        <translation>These parts of the report are empty:
%1

Make the preview anyway?</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Preview anyway</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>Save the issued document</source>
        <translation>Save the issued document</translation>
    </message>
    <message>
        <source>Issued as %1/%2, kept in the register and saved to %3</source>
        <translation>Issued as %1/%2, kept in the register and saved to %3</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Issuing…</translation>
    </message>
    <message>
        <source>Report ready: %1 pages, verification code %2</source>
        <translation>Report ready: %1 pages, verification code %2</translation>
    </message>
    <message>
        <source>The report could not be laid out: %1</source>
        <translation>The report could not be laid out: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Save Word</source>
        <translation>Save Word</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Writing the Word file…</translation>
    </message>
    <message>
        <source>Check a printed copy</source>
        <translation>Check a printed copy</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>Sent %1 pages to the printer</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Un-approve</source>
        <translation>Un-approve</translation>
    </message>
    <message>
        <source>%1, %2 was approved by %3 on %4. Why must it be changed?</source>
        <translation>%1, %2 was approved by %3 on %4. Why must it be changed?</translation>
    </message>
    <message>
        <source>The reason is kept with the approval's history</source>
        <translation>The reason is kept with the approval's history</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Data entry</source>
        <translation>Data entry</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Leader (approves)</source>
        <translation>Leader (approves)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
</context>
<context>
    <name>SectorTab</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>What was done; one paragraph per line.</source>
        <translation>What was done; one paragraph per line.</translation>
    </message>
    <message>
        <source>One difficulty per line: the report lists them.</source>
        <translation>One difficulty per line: the report lists them.</translation>
    </message>
    <message>
        <source>One task per line: the report numbers them.</source>
        <translation>One task per line: the report numbers them.</translation>
    </message>
    <message>
        <source>Report: results</source>
        <translation>Report: results</translation>
    </message>
    <message>
        <source>Report: difficulties</source>
        <translation>Report: difficulties</translation>
    </message>
    <message>
        <source>Report: next period's tasks</source>
        <translation>Report: next period's tasks</translation>
    </message>
    <message>
        <source>Paste refused, nothing stored: %1</source>
        <translation>Paste refused, nothing stored: %1</translation>
    </message>
    <message>
        <source>typed differs from computed</source>
        <translation>typed differs from computed</translation>
    </message>
    <message>
        <source>computed from every unit and month</source>
        <translation>computed from every unit and month</translation>
    </message>
    <message>
        <source>computed from only some</source>
        <translation>computed from only some</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>breaks a check</source>
        <translation>breaks a check</translation>
    </message>
    <message>
        <source>unusual: check it</source>
        <translation>unusual: check it</translation>
    </message>
    <message>
        <source>The figure's tooltip says which check and why</source>
        <translation>The figure's tooltip says which check and why</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Restore the newest good backup (%1)?</source>
        <translation>Restore the newest good backup (%1)?</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Damaged database</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Empty the trash…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <source>Remove the %1 records in the trash for good?</source>
        <translation>Remove the %1 records in the trash for good?</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>Over time (lines)</source>
        <translation>Over time (lines)</translation>
    </message>
    <message>
        <source>Org units compared (bars)</source>
        <translation>Org units compared (bars)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Copy chart</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Last period</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>Org units</translation>
    </message>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
    <message>
        <source>Choose at least one indicator and one org unit.</source>
        <translation>Choose at least one indicator and one org unit.</translation>
    </message>
    <message>
        <source>Bars compare org units for the first chosen indicator only.</source>
        <translation>Bars compare org units for the first chosen indicator only.</translation>
    </message>
    <message>
        <source>Indicators in another unit than the first are left out of the chart.</source>
        <translation>Indicators in another unit than the first are left out of the chart.</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 indicators</translation>
    </message>
    <message>
        <source>%1 lines: each line's colour heads its column in the table.</source>
        <translation>%1 lines: each line's colour heads its column in the table.</translation>
    </message>
    <message>
        <source>(est.)</source>
        <translation>(est.)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Images (*.png *.svg *.pdf)</translation>
    </message>
</context>
<context>
    <name>ValueWriter</name>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Imported: the earlier edits can no longer be undone</source>
        <translation>Imported: the earlier edits can no longer be undone</translation>
    </message>
</context>
<context>
    <name>ViolationListPanel</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Search (diacritics optional)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Unpaid past deadline</source>
        <translation>Unpaid past deadline</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Quick entry…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Move the violation of “%1” to the trash? It can be restored until the trash is emptied.</source>
        <translation>Move the violation of “%1” to the trash? It can be restored until the trash is emptied.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Violations</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Offender</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Fine (đồng)</source>
        <translation>Fine (đồng)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Penalty decision</source>
        <translation>Penalty decision</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Payment deadline</translation>
    </message>
    <message>
        <source>Still to fill for the record</source>
        <translation>Still to fill for the record</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
</context>
</TS>