<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ActivitiesPanel</name>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Activity saved</source>
        <translation>Đã lưu hoạt động</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Xóa hoạt động</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Activity deleted</source>
        <translation>Đã xóa hoạt động</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ActivityTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalog</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>CatalogFields</name>
    <message>
        <source>count</source>
        <translation>số đếm</translation>
    </message>
    <message>
        <source>decimal number</source>
        <translation>số thập phân</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>tỷ lệ %</translation>
    </message>
    <message>
        <source>money (đồng)</source>
        <translation>tiền (đồng)</translation>
    </message>
    <message>
        <source>sum</source>
        <translation>cộng</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <source>not rolled up</source>
        <translation>không tổng hợp</translation>
    </message>
    <message>
        <source>relative (%)</source>
        <translation>tương đối (%)</translation>
    </message>
    <message>
        <source>difference (points, units)</source>
        <translation>tuyệt đối (điểm %, đơn vị)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>office</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Cách tổng hợp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Nhỏ nhất</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Lớn nhất</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Report section</source>
        <translation>Mục trong báo cáo</translation>
    </message>
    <message>
        <source>Report heading</source>
        <translation>Tiêu đề trong báo cáo</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Stop / resume using</source>
        <translation>Ngừng / dùng lại</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>“%1” has data: it can only be taken out of use.</source>
        <translation>“%1” đã có dữ liệu: chỉ có thể ngừng sử dụng.</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
</context>
<context>
    <name>CatalogTableModel</name>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>IndicatorChartPanel</name>
    <message>
        <source>Periods shown:</source>
        <translation>Số kỳ hiển thị:</translation>
    </message>
</context>
<context>
    <name>IndicatorGridModel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Same period %1</source>
        <translation>Cùng kỳ %1</translation>
    </message>
    <message>
        <source>This period %1</source>
        <translation>Kỳ này %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Rolled up from units</source>
        <translation>Tổng hợp từ đơn vị</translation>
    </message>
    <message>
        <source>From %1 of %2 units</source>
        <translation>Từ %1/%2 đơn vị</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <source>Status: type &apos;estimate&apos; or &apos;final&apos;</source>
        <translation>Trạng thái: gõ “ước tính” hoặc “chính thức”</translation>
    </message>
    <message>
        <source>%1: enter the value first</source>
        <translation>%1: cần nhập giá trị trước</translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation>Cột này không sửa được</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Row %1: below the last indicator</source>
        <translation>Dòng %1: nằm dưới chỉ tiêu cuối cùng</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Paste %1 rows</source>
        <translation>Dán %1 dòng</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Information and Communications reports</source>
        <translation>Báo cáo ngành Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>Org unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Catalog…</source>
        <translation>&amp;Danh mục…</translation>
    </message>
    <message>
        <source>&amp;Office settings…</source>
        <translation>&amp;Thiết lập cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Office settings saved</source>
        <translation>Đã lưu thiết lập cơ quan</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>Text saved at %1</source>
        <translation>Đã lưu văn bản lúc %1</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Office settings</source>
        <translation>Thiết lập cơ quan</translation>
    </message>
    <message>
        <source>Calendar periods (1st to last day)</source>
        <translation>Theo lịch (từ ngày 1 đến cuối tháng)</translation>
    </message>
    <message>
        <source>Decree 09/2019 cut-off (15th to 14th)</source>
        <translation>Theo Nghị định 09/2019 (từ ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>(none: top of the tree)</source>
        <translation>(không: cấp cao nhất)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportSettingsForm</name>
    <message>
        <source>(made from the period)</source>
        <translation>(tạo theo kỳ báo cáo)</translation>
    </message>
    <message>
        <source>e.g. KT. GIÁM ĐỐC</source>
        <translation>ví dụ: KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>Counts under 10 with a leading zero (08)</source>
        <translation>Số đếm dưới 10 viết có số 0 đứng trước (08)</translation>
    </message>
    <message>
        <source>Indicator codes, separated by commas</source>
        <translation>Mã chỉ tiêu, cách nhau bởi dấu phẩy</translation>
    </message>
    <message>
        <source>Superior agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Archive (Lưu)</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Charts: unknown indicator codes %1</source>
        <translation>Biểu đồ: không có chỉ tiêu mã %1</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Results and next tasks (period report)</source>
        <translation>Kết quả thực hiện nhiệm vụ và nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>Inspection minutes</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Violation record</source>
        <translation>Biên bản vi phạm hành chính</translation>
    </message>
    <message>
        <source>Violations and fines of the period</source>
        <translation>Danh sách vi phạm và xử phạt trong kỳ</translation>
    </message>
    <message>
        <source>Needs the inspection records, not yet in the program</source>
        <translation>Cần dữ liệu thanh tra, kiểm tra (chưa có trong chương trình)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Lưu thiết lập</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>For %1, %2 (chosen in the toolbar)</source>
        <translation>Của %1, %2 (chọn trên thanh công cụ)</translation>
    </message>
    <message>
        <source>Report settings saved</source>
        <translation>Đã lưu thiết lập báo cáo</translation>
    </message>
    <message>
        <source>Unknown fields in the report text, nothing printed: %1</source>
        <translation>Văn bản có trường không hợp lệ, chưa in: %1</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Đang dàn trang báo cáo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Report ready: %1 pages, verification code %2</source>
        <translation>Đã tạo báo cáo: %1 trang, mã kiểm tra %2</translation>
    </message>
    <message>
        <source>The report could not be laid out: %1</source>
        <translation>Không dàn trang được báo cáo: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>Đã gửi %1 trang tới máy in</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm kiếm (không cần gõ dấu)</translation>
    </message>
</context>
<context>
    <name>SectorTab</name>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Report: results</source>
        <translation>Báo cáo: kết quả</translation>
    </message>
    <message>
        <source>Report: difficulties</source>
        <translation>Báo cáo: khó khăn, hạn chế</translation>
    </message>
    <message>
        <source>Report: next period&apos;s tasks</source>
        <translation>Báo cáo: nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>Paste refused, nothing stored: %1</source>
        <translation>Không dán được, chưa lưu gì: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>There is no database yet. Fill it with the sample data of the 2024 provincial report, to try the program?</source>
        <translation>Chưa có cơ sở dữ liệu. Nạp dữ liệu mẫu của báo cáo năm 2024 cấp tỉnh để dùng thử chương trình?</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Bắt đầu với tệp trống</translation>
    </message>
</context>
<context>
    <name>TrendsTab</name>
    <message>
        <source>Over time (lines)</source>
        <translation>Theo thời gian (đường)</translation>
    </message>
    <message>
        <source>Org units compared (bars)</source>
        <translation>So sánh đơn vị (cột)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Lưu biểu đồ…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Chép biểu đồ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Last period</source>
        <translation>Kỳ cuối</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Số kỳ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Org units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm kiếm (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>Choose at least one indicator and one org unit.</source>
        <translation>Chọn ít nhất một chỉ tiêu và một đơn vị.</translation>
    </message>
    <message>
        <source>Bars compare org units for the first chosen indicator only.</source>
        <translation>Biểu đồ cột chỉ so sánh các đơn vị theo chỉ tiêu được chọn đầu tiên.</translation>
    </message>
    <message>
        <source>Indicators in another unit than the first are left out of the chart.</source>
        <translation>Các chỉ tiêu khác đơn vị tính với chỉ tiêu đầu tiên không được vẽ.</translation>
    </message>
    <message>
        <source>%1 indicators</source>
        <translation>%1 chỉ tiêu</translation>
    </message>
    <message>
        <source>(est.)</source>
        <translation>(ước)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf)</source>
        <translation>Hình ảnh (*.png *.svg *.pdf)</translation>
    </message>
</context>
<context>
    <name>ValueWriter</name>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
</context>
</TS>
