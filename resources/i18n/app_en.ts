<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CatalogFields</name>
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
        <source>This period %1</source>
        <translation>This period %1</translation>
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
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rolled up from units</source>
        <translation>Rolled up from units</translation>
    </message>
    <message>
        <source>From %1 of %2 units</source>
        <translation>From %1 of %2 units</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
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
        <source>Status: type 'estimate' or 'final'</source>
        <translation>Status: type 'estimate' or 'final'</translation>
    </message>
    <message>
        <source>%1: enter the value first</source>
        <translation>%1: enter the value first</translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation>This column cannot be edited</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
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
        <source>Paste %1 rows</source>
        <translation>Paste %1 rows</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
</context>
<context>
    <name>ReportSettingsForm</name>
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
        <source>Indicator codes, separated by commas</source>
        <translation>Indicator codes, separated by commas</translation>
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
        <source>Number</source>
        <translation>Number</translation>
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
        <source>Date</source>
        <translation>Date</translation>
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
    <message>
        <source>Charts: unknown indicator codes %1</source>
        <translation>Charts: unknown indicator codes %1</translation>
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
        <source>Violations and fines of the period</source>
        <translation>Violations and fines of the period</translation>
    </message>
    <message>
        <source>Needs the inspection records, not yet in the program</source>
        <translation>Needs the inspection records, not yet in the program</translation>
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
        <source>For %1, %2 (chosen in the toolbar)</source>
        <translation>For %1, %2 (chosen in the toolbar)</translation>
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
        <source>Laying out the report…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>Sent %1 pages to the printer</source>
        <translation>Sent %1 pages to the printer</translation>
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
</context>
<context>
    <name>Shell</name>
    <message>
        <source>There is no database yet. Fill it with the sample data of the 2024 provincial report, to try the program?</source>
        <translation>There is no database yet. Fill it with the sample data of the 2024 provincial report, to try the program?</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start empty</translation>
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
</context>
</TS>