<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(giữ nguyên)</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
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
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Ask for a login at start (switch off for a one-person office)</source>
        <translation>Yêu cầu đăng nhập khi khởi động (tắt đi nếu cơ quan chỉ có một người dùng)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <message>
        <source>Date: %1</source>
        <translation>Ngày: %1</translation>
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
    <name>ApproveDialog</name>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Approve the figures of %1, %2?</source>
        <translation>Phê duyệt số liệu của %1, %2?</translation>
    </message>
    <message>
        <source>Once approved, these become read-only in every screen and import until a leader un-approves them with a reason: %1 figures, %2 targets, %3 report texts and %4 activities.</source>
        <translation>Sau khi phê duyệt, các nội dung sau chỉ được xem trên mọi màn hình và mọi lần nhập dữ liệu, cho tới khi lãnh đạo bỏ phê duyệt kèm lý do: %1 số liệu, %2 chỉ tiêu kế hoạch, %3 đoạn văn bản báo cáo và %4 hoạt động.</translation>
    </message>
    <message>
        <source>The checks found %1 errors and %2 warnings:</source>
        <translation>Kiểm tra số liệu thấy %1 lỗi và %2 cảnh báo:</translation>
    </message>
    <message>
        <source>Why approve despite the errors (kept with the approval)</source>
        <translation>Lý do vẫn phê duyệt dù còn lỗi (được lưu cùng lần phê duyệt)</translation>
    </message>
    <message>
        <source>Approve despite the warnings</source>
        <translation>Vẫn phê duyệt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Dung lượng (KB)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup</source>
        <translation>Chỉ tài khoản Quản trị được khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>khi khởi động</translation>
    </message>
    <message>
        <source>every 30 minutes</source>
        <translation>định kỳ 30 phút</translation>
    </message>
    <message>
        <source>before a schema upgrade</source>
        <translation>trước khi nâng cấp lược đồ</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>before a repair</source>
        <translation>trước khi sửa chữa</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>do người dùng</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Thư mục: %1</translation>
    </message>
    <message>
        <source>%1 backups take %2 MB; the last five taken before an import are kept, besides today&apos;s and yesterday&apos;s and one a day, week and month before</source>
        <translation>%1 bản sao lưu, chiếm %2 MB; giữ 5 bản gần nhất chụp trước khi nhập, cùng mọi bản của hôm nay và hôm qua, và mỗi ngày, tuần, tháng trước đó một bản</translation>
    </message>
    <message>
        <source>Backed up at %1 (%2 KB)</source>
        <translation>Đã sao lưu lúc %1 (%2 KB)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The current file is kept aside first.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1? Tệp hiện tại được giữ lại riêng trước.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>Import from a file…</source>
        <translation>Nhập từ tệp…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Import the catalog</source>
        <translation>Nhập danh mục</translation>
    </message>
    <message>
        <source>Catalog (*.xlsx *.csv)</source>
        <translation>Danh mục (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Catalog imported from %1: %2.</source>
        <translation>Đã nhập danh mục từ %1: %2.</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>Xuất danh mục</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 records written to %2.</source>
        <translation>Đã ghi %1 bản ghi vào %2.</translation>
    </message>
</context>
<context>
    <name>CatalogFields</name>
    <message>
        <source>added up (flows)</source>
        <translation>cộng dồn (chỉ tiêu lưu lượng)</translation>
    </message>
    <message>
        <source>latest figure (stocks)</source>
        <translation>số liệu mới nhất (chỉ tiêu thời điểm)</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>bình quân</translation>
    </message>
    <message>
        <source>not accumulated</source>
        <translation>không cộng dồn</translation>
    </message>
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
        <source>Unit in English</source>
        <translation>Đơn vị tính tiếng Anh</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Cách cộng theo thời gian</translation>
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
    <name>CatalogImportDialog</name>
    <message>
        <source>Import the catalog from %1</source>
        <translation>Nhập danh mục từ %1</translation>
    </message>
    <message>
        <source>%1 problems: nothing can be imported until the file is corrected.</source>
        <translation>%1 lỗi: chưa nhập được gì cho đến khi sửa tệp.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Nothing to change: the catalog already holds this file.</source>
        <translation>Không có gì thay đổi: danh mục đã giống tệp này.</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 of them retired.</source>
        <translation>Thêm %1, sửa %2, trong đó ngừng sử dụng %3.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>ngừng</translation>
    </message>
    <message>
        <source>change</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
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
    <name>ChartCanvas</name>
    <message>
        <source>Back to the whole chart</source>
        <translation>Về toàn bộ biểu đồ</translation>
    </message>
    <message>
        <source>Previous view</source>
        <translation>Khung nhìn trước</translation>
    </message>
    <message>
        <source>Next view</source>
        <translation>Khung nhìn sau</translation>
    </message>
    <message>
        <source>Move the chart (left button), zoom (right button)</source>
        <translation>Di chuyển biểu đồ (chuột trái), phóng to (chuột phải)</translation>
    </message>
    <message>
        <source>Zoom into a rectangle</source>
        <translation>Phóng to một vùng chữ nhật</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Lưu biểu đồ thành ảnh</translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm (gõ có dấu hoặc không dấu)</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>A file this large is not checked before it is written: run the checks after the import (`validate --all-children`).</source>
        <translation>Tệp lớn như vậy không được kiểm tra trước khi ghi: hãy chạy kiểm tra sau khi nhập (`validate --all-children`).</translation>
    </message>
    <message>
        <source>Once imported, the checks find %1 errors and %2 warnings (the figures may still be right; importing is not refused):</source>
        <translation>Sau khi nhập, kiểm tra số liệu sẽ thấy %1 lỗi và %2 cảnh báo (số liệu vẫn có thể đúng; việc nhập không bị từ chối):</translation>
    </message>
</context>
<context>
    <name>CompletenessPage</name>
    <message>
        <source>Figures received for %1, %2: entered / expected per sector (green complete, yellow partial, red missing)</source>
        <translation>Số liệu đã nhận của %1, %2: số đã nhập / số chỉ tiêu theo lĩnh vực (xanh: đủ, vàng: thiếu một phần, đỏ: chưa có)</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>%1 lỗi, %2 cảnh báo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có vấn đề</translation>
    </message>
    <message>
        <source>%1 of the figures worked out from the units below or shorter periods</source>
        <translation>%1 số liệu được tổng hợp từ các đơn vị cấp dưới hoặc lũy kế từ các kỳ ngắn hơn</translation>
    </message>
    <message>
        <source>%1 of them from only some units or months</source>
        <translation>trong đó %1 số liệu mới có từ một phần đơn vị hoặc tháng</translation>
    </message>
    <message>
        <source>Imported %1 from the data package of %2 (id %3, made %4)</source>
        <translation>Nhập lúc %1 từ gói dữ liệu của %2 (mã gói %3, lập lúc %4)</translation>
    </message>
    <message>
        <source>Imported %1 from a spreadsheet</source>
        <translation>Nhập lúc %1 từ tệp bảng tính</translation>
    </message>
    <message>
        <source>Last change %1 by %2</source>
        <translation>Sửa lần cuối %1, bởi %2</translation>
    </message>
</context>
<context>
    <name>ComputedIndicators</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>Tính từ hồ sơ</translation>
    </message>
    <message>
        <source>Typed in the grid</source>
        <translation>Nhập trong bảng</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>%1, %2 (the unit and those under it; dates cut by the office&apos;s period rule)</source>
        <translation>%1, %2 (đơn vị và các đơn vị trực thuộc; ngày tính theo cách chia kỳ của cơ quan)</translation>
    </message>
    <message>
        <source>The figure typed by hand differs from the records</source>
        <translation>Số liệu nhập tay khác với số tính từ hồ sơ</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <source>enter a date</source>
        <translation>chưa nhập ngày</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>giờ:phút</translation>
    </message>
    <message>
        <source>enter the date too</source>
        <translation>cần nhập cả ngày</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not done</source>
        <translation>Chưa thực hiện được</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Something went wrong; your saved work is safe.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; các số liệu đã lưu vẫn an toàn.</translation>
    </message>
    <message>
        <source>The details are in the log file %1.</source>
        <translation>Chi tiết được ghi trong tệp nhật ký %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Export a data package</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Data packages (*.tttpkg)</source>
        <translation>Gói dữ liệu (*.tttpkg)</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>Đã ghi gói dữ liệu: %1</translation>
    </message>
    <message>
        <source>Import a data package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>A new sender</source>
        <translation>Đơn vị gửi mới</translation>
    </message>
    <message>
        <source>This is the first package from %1. It is signed with the key whose fingerprint is

%2

Compare it with the sender (by phone, or their office-key show) before trusting it. Trust this key for %1 from now on?</source>
        <translation>Đây là gói dữ liệu đầu tiên từ %1. Gói được ký bằng khóa có dấu vân tay

%2

Hãy đối chiếu với đơn vị gửi (qua điện thoại, hoặc lệnh office-key show của họ) trước khi tin cậy. Tin cậy khóa này cho %1 từ nay?</translation>
    </message>
    <message>
        <source>Trust and continue</source>
        <translation>Tin cậy và tiếp tục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>%1 rows exported to %2</source>
        <translation>Đã xuất %1 dòng ra %2</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Insert a figure</source>
        <translation>Chèn số liệu</translation>
    </message>
    <message>
        <source>as usual</source>
        <translation>như thường lệ</translation>
    </message>
    <message>
        <source>Compare with the same period (cùng kỳ năm …)</source>
        <translation>So với cùng kỳ (cùng kỳ năm …)</translation>
    </message>
    <message>
        <source>as the report settings say</source>
        <translation>theo thiết lập báo cáo</translation>
    </message>
    <message>
        <source>08 (with a leading zero)</source>
        <translation>08 (có số 0 đứng trước)</translation>
    </message>
    <message>
        <source>8 (without)</source>
        <translation>8 (không có)</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>In ra</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Số chữ số thập phân</translation>
    </message>
    <message>
        <source>Written in</source>
        <translation>Viết theo đơn vị</translation>
    </message>
    <message>
        <source>Counts under 10</source>
        <translation>Số đếm dưới 10</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Sẽ in</translation>
    </message>
    <message>
        <source>Status, figure and change (ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023)</source>
        <translation>Tình trạng, số liệu và mức thay đổi (ước đạt 69,3 tỷ đồng, tăng 18% so với năm 2023)</translation>
    </message>
    <message>
        <source>The figure with its unit (69,3 tỷ đồng)</source>
        <translation>Số liệu kèm đơn vị tính (69,3 tỷ đồng)</translation>
    </message>
    <message>
        <source>The number alone (69,3)</source>
        <translation>Chỉ con số (69,3)</translation>
    </message>
    <message>
        <source>The change (tăng 18% so với năm 2023)</source>
        <translation>Mức thay đổi (tăng 18% so với năm 2023)</translation>
    </message>
    <message>
        <source>Estimate or final (ước đạt / đạt)</source>
        <translation>Ước đạt hay chính thức (ước đạt / đạt)</translation>
    </message>
    <message>
        <source>The same period a year before</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Year to date (lũy kế từ đầu năm)</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <source>Year to date against the same months a year before</source>
        <translation>Lũy kế từ đầu năm so với cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Against the target (đạt 123,4% kế hoạch)</source>
        <translation>So với kế hoạch (đạt 123,4% kế hoạch)</translation>
    </message>
    <message>
        <source>The change in the unit (tăng 100 tỷ đồng so với năm 2023)</source>
        <translation>Mức thay đổi theo đơn vị tính (tăng 100 tỷ đồng so với năm 2023)</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>One per line: %1</source>
        <translation>Mỗi dòng một người: %1</translation>
    </message>
    <message>
        <source>%1: a whole number</source>
        <translation>%1: phải là số nguyên</translation>
    </message>
    <message>
        <source>One row per establishment ticked on the main tab</source>
        <translation>Mỗi dòng một cơ sở được đánh dấu ở thẻ Chính</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Changes of %1, %2</source>
        <translation>Các thay đổi của %1, %2</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Kế hoạch: %1</translation>
    </message>
    <message>
        <source>results</source>
        <translation>kết quả</translation>
    </message>
    <message>
        <source>difficulties</source>
        <translation>khó khăn, hạn chế</translation>
    </message>
    <message>
        <source>next tasks</source>
        <translation>nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>Report text, %1 (%2)</source>
        <translation>Văn bản báo cáo, %1 (%2)</translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation>Hoạt động: %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>phê duyệt</translation>
    </message>
    <message>
        <source>un-approved</source>
        <translation>bỏ phê duyệt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
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
        <source>Estimate</source>
        <translation>Ước tính</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Chính thức</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Indicator or record</source>
        <translation>Chỉ tiêu hoặc hồ sơ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <source>%1 figures and %2 activities can be imported; %3 problems.</source>
        <translation>Có thể nhập %1 số liệu và %2 hoạt động; %3 lỗi.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import only the valid rows</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1 rows imported</source>
        <translation>Đã nhập %1 dòng</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written</source>
        <translation>Đã hủy nhập dữ liệu: không có gì được ghi</translation>
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
        <source>This column is worked out, not typed: type into the column of this period</source>
        <translation>Cột này do chương trình tính, không nhập được: hãy nhập vào cột số liệu của kỳ này</translation>
    </message>
    <message>
        <source>The period is approved: its figures are read-only until a leader un-approves it</source>
        <translation>Kỳ báo cáo đã được phê duyệt: số liệu chỉ được xem cho tới khi lãnh đạo bỏ phê duyệt</translation>
    </message>
    <message>
        <source>Rolled up from the units below, accumulated from shorter periods, or counted from the records: what reports print where nothing is typed</source>
        <translation>Tổng hợp từ các đơn vị cấp dưới, lũy kế từ các kỳ ngắn hơn hoặc tính từ hồ sơ: báo cáo in số này khi không nhập trực tiếp</translation>
    </message>
    <message>
        <source>Typed %1</source>
        <translation>Nhập kỳ %1</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Tổng hợp / lũy kế</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Differs from the computed figure %1</source>
        <translation>Khác số tổng hợp %1</translation>
    </message>
    <message>
        <source>Rolled up from %1 of %2 units</source>
        <translation>Tổng hợp từ %1/%2 đơn vị</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Chưa có: %1</translation>
    </message>
    <message>
        <source>Accumulated from %1 of %2 months</source>
        <translation>Lũy kế từ %1/%2 tháng</translation>
    </message>
    <message>
        <source>From the units it took over in the reorganisation: %1</source>
        <translation>Số liệu của các đơn vị trước sắp xếp: %1</translation>
    </message>
    <message>
        <source>Counted from the inspection records</source>
        <translation>Tính từ hồ sơ thanh tra, kiểm tra</translation>
    </message>
    <message>
        <source>Computed from its numerator and denominator</source>
        <translation>Tính từ tử số và mẫu số</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Nhập trực tiếp</translation>
    </message>
    <message>
        <source>Not whole: some units or months have no figure yet</source>
        <translation>Chưa đầy đủ: một số đơn vị hoặc tháng chưa có số liệu</translation>
    </message>
    <message>
        <source>An estimate</source>
        <translation>Số ước tính</translation>
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
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Your account may not change figures</source>
        <translation>Tài khoản của bạn không được sửa số liệu</translation>
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
        <source>Paste %1 rows from %2</source>
        <translation>Dán %1 dòng từ %2</translation>
    </message>
</context>
<context>
    <name>InspectionForms</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Số giấy phép</translation>
    </message>
    <message>
        <source>Licence issued</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Licence expires</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Licence issued by</source>
        <translation>Nơi cấp giấy phép</translation>
    </message>
    <message>
        <source>Business registration code</source>
        <translation>Mã số doanh nghiệp</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Người đại diện theo pháp luật</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>Chức danh người đại diện</translation>
    </message>
    <message>
        <source>Representative&apos;s sex</source>
        <translation>Giới tính người đại diện</translation>
    </message>
    <message>
        <source>male (Nam)</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>female (Nữ)</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Inspection decision number</source>
        <translation>Số quyết định kiểm tra</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Planned (unticked: unscheduled)</source>
        <translation>Theo kế hoạch (bỏ chọn: đột xuất)</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Thành phần đoàn</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Establishments inspected</source>
        <translation>Cơ sở được kiểm tra</translation>
    </message>
    <message>
        <source>Each establishment</source>
        <translation>Từng cơ sở</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>Ảnh hiện trường</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>— (found outside an inspection)</source>
        <translation>— (phát hiện ngoài cuộc kiểm tra)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Offender (organisation or person)</source>
        <translation>Tổ chức, cá nhân vi phạm</translation>
    </message>
    <message>
        <source>Establishment (if any)</source>
        <translation>Cơ sở (nếu có)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Hành vi vi phạm</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Fine (đồng)</source>
        <translation>Tiền phạt (đồng)</translation>
    </message>
    <message>
        <source>Penalty decision number</source>
        <translation>Số quyết định xử phạt</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Hạn nộp phạt</translation>
    </message>
    <message>
        <source>Remedial measures</source>
        <translation>Biện pháp khắc phục</translation>
    </message>
    <message>
        <source>Administrative violation</source>
        <translation>Vi phạm hành chính</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Ghi nhanh</translation>
    </message>
    <message>
        <source>Quick entry of a violation in the field</source>
        <translation>Ghi nhanh vi phạm tại hiện trường</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Kết quả trả lời</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <source>Document (decree …)</source>
        <translation>Văn bản (Nghị định …)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Điều</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Khoản</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Minimum fine</source>
        <translation>Mức phạt tối thiểu</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Mức phạt tối đa</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang áp dụng</translation>
    </message>
</context>
<context>
    <name>InspectionLabels</name>
    <message>
        <source>Printing or photocopy shop</source>
        <translation>Cơ sở in, photocopy</translation>
    </message>
    <message>
        <source>Press agency</source>
        <translation>Cơ quan báo chí</translation>
    </message>
    <message>
        <source>Representative office, resident reporter</source>
        <translation>Văn phòng đại diện, phóng viên thường trú</translation>
    </message>
    <message>
        <source>Electronic information site</source>
        <translation>Trang thông tin điện tử</translation>
    </message>
    <message>
        <source>Postal provider</source>
        <translation>Doanh nghiệp bưu chính</translation>
    </message>
    <message>
        <source>Postal service point</source>
        <translation>Điểm phục vụ bưu chính</translation>
    </message>
    <message>
        <source>Telecom operator</source>
        <translation>Doanh nghiệp viễn thông</translation>
    </message>
    <message>
        <source>Commune radio station</source>
        <translation>Đài truyền thanh cấp xã</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Theo kế hoạch</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang tiến hành</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Đã kết luận</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Đã lập biên bản</translation>
    </message>
    <message>
        <source>Penalty decided</source>
        <translation>Đã ra quyết định xử phạt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã nộp phạt</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Đang khiếu nại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút đơn</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Public service portal</source>
        <translation>Cổng dịch vụ công</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Licence expired</source>
        <translation>Giấy phép đã hết hạn</translation>
    </message>
    <message>
        <source>Licence expires within 60 days</source>
        <translation>Giấy phép hết hạn trong 60 ngày tới</translation>
    </message>
    <message>
        <source>Unpaid past its deadline</source>
        <translation>Quá hạn chưa nộp phạt</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>Quá hạn giải quyết</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa đủ thông tin</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>mẫu</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Indicators from the records</source>
        <translation>Chỉ tiêu tính từ hồ sơ</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
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
        <source>planned</source>
        <translation>theo kế hoạch</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>đột xuất</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Người gửi</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Past deadline only</source>
        <translation>Chỉ đơn quá hạn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All org units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Licence expired or expiring</source>
        <translation>Giấy phép hết hạn hoặc sắp hết hạn</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Offence</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <source>Minimum fine</source>
        <translation>Mức phạt tối thiểu</translation>
    </message>
    <message>
        <source>Maximum fine</source>
        <translation>Mức phạt tối đa</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Đang áp dụng</translation>
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
    <name>IssueDialog</name>
    <message>
        <source>Issue the document</source>
        <translation>Ban hành văn bản</translation>
    </message>
    <message>
        <source>Once issued, the number is taken and the document is kept in the register; it is never renumbered.</source>
        <translation>Khi ban hành, số văn bản được cấp và văn bản được lưu vào sổ; không bao giờ cấp lại số.</translation>
    </message>
    <message>
        <source>Number (the register&apos;s next)</source>
        <translation>Số (số kế tiếp trong sổ)</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Error: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
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
        <source>Back to the office&apos;s &amp;data</source>
        <translation>Về số liệu của &amp;đơn vị</translation>
    </message>
    <message>
        <source>Open the sa&amp;mple data</source>
        <translation>Mở dữ liệu &amp;mẫu</translation>
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
        <translation>Thiết lập &amp;cơ quan…</translation>
    </message>
    <message>
        <source>Export the Excel &amp;template…</source>
        <translation>Xuất &amp;biểu mẫu Excel…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Nhập từ Excel hoặc CSV…</translation>
    </message>
    <message>
        <source>Export a data &amp;package…</source>
        <translation>Xuất &amp;gói dữ liệu…</translation>
    </message>
    <message>
        <source>Import a data pac&amp;kage…</source>
        <translation>Nhập gói dữ &amp;liệu…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation>Sa&amp;o lưu…</translation>
    </message>
    <message>
        <source>The sample data live in a file of their own: the office&apos;s file is closed, not changed</source>
        <translation>Dữ liệu mẫu nằm trong một tệp riêng: tệp của đơn vị được đóng lại, không bị thay đổi</translation>
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
        <source>History of the selected &amp;figure…</source>
        <translation>Lịch sử của &amp;số liệu đang chọn…</translation>
    </message>
    <message>
        <source>History of the &amp;period…</source>
        <translation>Lịch sử của &amp;kỳ báo cáo…</translation>
    </message>
    <message>
        <source>Show &amp;retired units</source>
        <translation>Hiện cả đơn vị đã &amp;giải thể, sáp nhập</translation>
    </message>
    <message>
        <source>List the units that no longer existed in the period (merged, split or dissolved) as well</source>
        <translation>Liệt kê cả các đơn vị không còn tồn tại trong kỳ (đã sáp nhập, chia tách hoặc giải thể)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Approved — un-approve…</source>
        <translation>Đã phê duyệt — bỏ phê duyệt…</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; the period is read-only</source>
        <translation>Đã được %1 phê duyệt lúc %2; kỳ báo cáo chỉ được xem</translation>
    </message>
    <message>
        <source>Approve this org unit&apos;s period: its data becomes read-only</source>
        <translation>Phê duyệt kỳ báo cáo của đơn vị: số liệu chỉ còn được xem</translation>
    </message>
    <message>
        <source>Un-approved</source>
        <translation>Đã bỏ phê duyệt</translation>
    </message>
    <message>
        <source>Approved: the period is read-only</source>
        <translation>Đã phê duyệt: kỳ báo cáo chỉ được xem</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Tình hình báo cáo</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Inspection records</source>
        <translation>Hồ sơ thanh tra, kiểm tra</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Export the figures as a ta&amp;ble…</source>
        <translation>Xuất bảng &amp;số liệu…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Register of documents</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Đăng nhập: %1</translation>
    </message>
    <message>
        <source>This database has no file to back up</source>
        <translation>Cơ sở dữ liệu này không có tệp để sao lưu</translation>
    </message>
    <message>
        <source>Choose a figure in the grid first</source>
        <translation>Chọn một số liệu trong bảng trước</translation>
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
    <name>NarrativePanel</name>
    <message>
        <source>Insert a figure…</source>
        <translation>Chèn số liệu…</translation>
    </message>
    <message>
        <source>A field that prints the figure from the records when the report is made (Ctrl+Shift+F)</source>
        <translation>Một trường in số liệu lấy từ sổ sách khi lập báo cáo (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Copy from the year before</source>
        <translation>Sao chép từ kỳ trước</translation>
    </message>
    <message>
        <source>Start this period&apos;s text, in every sector, from the same period a year before; parts already written are kept</source>
        <translation>Lấy văn bản cùng kỳ năm trước làm nội dung ban đầu cho kỳ này, ở mọi lĩnh vực; phần đã viết được giữ nguyên</translation>
    </message>
    <message>
        <source>%1 parts copied from %2</source>
        <translation>Đã sao chép %1 phần từ %2</translation>
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
    <name>OfficeSetupDialog</name>
    <message>
        <source>Welcome: which office is this?</source>
        <translation>Chào mừng: đây là đơn vị nào?</translation>
    </message>
    <message>
        <source>Choose your office from the official list of administrative units in force since 1 July 2025. The program fills in its units; you can change them later in File → Catalog.</source>
        <translation>Chọn đơn vị của mình trong danh mục đơn vị hành chính chính thức có hiệu lực từ ngày 01/7/2025. Chương trình tự điền các đơn vị; có thể sửa sau ở Tệp → Danh mục.</translation>
    </message>
    <message>
        <source>A province&apos;s department (the province and all its communes)</source>
        <translation>Sở của tỉnh, thành phố (tỉnh và toàn bộ các xã, phường)</translation>
    </message>
    <message>
        <source>A commune&apos;s office (the commune alone)</source>
        <translation>Phòng của xã, phường (chỉ xã, phường đó)</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Set up this office</source>
        <translation>Thiết lập đơn vị này</translation>
    </message>
    <message>
        <source>Try the sample data first</source>
        <translation>Dùng thử dữ liệu mẫu trước</translation>
    </message>
    <message>
        <source>The 2024 figures of a provincial report, in a file of their own: this file is not touched and is set up the next time</source>
        <translation>Số liệu năm 2024 của một báo cáo cấp tỉnh, trong một tệp riêng: tệp này không bị động đến và sẽ được thiết lập vào lần sau</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Choose the province or city first.</source>
        <translation>Hãy chọn tỉnh, thành phố trước.</translation>
    </message>
    <message>
        <source>Choose the commune or ward.</source>
        <translation>Hãy chọn xã, phường.</translation>
    </message>
    <message>
        <source>The file will hold %1 (code %2), in force since %3.</source>
        <translation>Tệp sẽ gồm %1 (mã %2), có hiệu lực từ %3.</translation>
    </message>
    <message>
        <source>The file will hold %1 and its %2 communes and wards, in force since %3.</source>
        <translation>Tệp sẽ gồm %1 và %2 xã, phường trực thuộc, có hiệu lực từ %3.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Import a data package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>xung đột</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>trùng khớp</translation>
    </message>
    <message>
        <source>From %1, period %2, made %3: %4</source>
        <translation>Từ %1, kỳ %2, lập lúc %3: %4</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Của chúng ta</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Trong gói</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>giữ của chúng ta</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>lấy trong gói</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>%1 records imported from the package</source>
        <translation>Đã nhập %1 bản ghi từ gói dữ liệu</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written</source>
        <translation>Đã hủy nhập gói dữ liệu: không có gì được ghi</translation>
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
    <message>
        <source>Still to fill for the legal form (it prints as a draft until then): %1</source>
        <translation>Còn phải điền theo mẫu văn bản (đến lúc đó chỉ in được bản dự thảo): %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Chính</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? It can be restored until the trash is emptied.</source>
        <translation>Chuyển “%1” vào thùng rác? Có thể khôi phục cho đến khi dọn thùng rác.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Đã chuyển vào thùng rác</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người cấp số</translation>
    </message>
    <message>
        <source>Digest of the PDF</source>
        <translation>Mã băm bản PDF</translation>
    </message>
    <message>
        <source>Reprint as issued…</source>
        <translation>In lại bản đã ban hành…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Choose the document to reprint in the list</source>
        <translation>Hãy chọn văn bản cần in lại trong danh sách</translation>
    </message>
    <message>
        <source>Reprint as issued</source>
        <translation>In lại bản đã ban hành</translation>
    </message>
    <message>
        <source>%1 written as issued on %2</source>
        <translation>Đã ghi %1 đúng như bản ban hành ngày %2</translation>
    </message>
</context>
<context>
    <name>ReportSettingsForm</name>
    <message>
        <source>from the start</source>
        <translation>từ đầu</translation>
    </message>
    <message>
        <source>Documents dated from this day carry this letterhead; an agency that changed gets a new letterhead from the day of the change</source>
        <translation>Văn bản ghi ngày từ hôm nay trở đi mang tiêu đề này; cơ quan đổi tên, sáp nhập thì lập tiêu đề mới từ ngày thay đổi</translation>
    </message>
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
        <source>The indicators whose trend the report&apos;s appendix draws</source>
        <translation>Các chỉ tiêu được vẽ biểu đồ xu hướng trong phụ lục báo cáo</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Áp dụng từ ngày</translation>
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
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
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
        <source>Penalty decision</source>
        <translation>Quyết định xử phạt</translation>
    </message>
    <message>
        <source>Violations and fines of the period</source>
        <translation>Danh sách vi phạm và xử phạt trong kỳ</translation>
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
        <source>Save Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <source>The same document as an editable Word file, for changes before signing</source>
        <translation>Cùng văn bản dưới dạng tệp Word để chỉnh sửa trước khi trình ký</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Give the document its number from the register and its date, keep a copy in the register and save the PDF to sign</source>
        <translation>Cấp số từ sổ văn bản đi và ngày ban hành, lưu một bản vào sổ và ghi tệp PDF để trình ký</translation>
    </message>
    <message>
        <source>Check a printed copy…</source>
        <translation>Kiểm tra bản in…</translation>
    </message>
    <message>
        <source>Is a printed report (its PDF) still what the records say? Every page carries the code this checks</source>
        <translation>Bản báo cáo đã in (tệp PDF) có còn khớp với sổ sách không? Mỗi trang đều mang mã kiểm tra để đối chiếu</translation>
    </message>
    <message>
        <source>For %1, %2 (chosen in the toolbar)</source>
        <translation>Của %1, %2 (chọn trên thanh công cụ)</translation>
    </message>
    <message>
        <source>The letterhead of %1 has unsaved changes: save them or undo them before choosing another unit&apos;s</source>
        <translation>Tiêu đề văn bản của %1 có thay đổi chưa lưu: hãy lưu hoặc bỏ trước khi chọn đơn vị khác</translation>
    </message>
    <message>
        <source>Letterhead of %1</source>
        <translation>Tiêu đề văn bản của %1</translation>
    </message>
    <message>
        <source>Letterhead of %1 (suggested: not saved yet)</source>
        <translation>Tiêu đề văn bản của %1 (gợi ý, chưa lưu)</translation>
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
        <source>Parts of the report are empty</source>
        <translation>Một số phần của báo cáo còn trống</translation>
    </message>
    <message>
        <source>These parts of the report are empty:
%1

Make the preview anyway?</source>
        <translation>Các phần sau của báo cáo còn trống:
%1

Vẫn xem trước?</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Vẫn xem trước</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Đang dàn trang báo cáo…</translation>
    </message>
    <message>
        <source>Save the issued document</source>
        <translation>Lưu văn bản đã ban hành</translation>
    </message>
    <message>
        <source>Issued as %1/%2, kept in the register and saved to %3</source>
        <translation>Đã ban hành số %1/%2, lưu vào sổ và ghi ra %3</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Đang ban hành…</translation>
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
        <source>Save Word</source>
        <translation>Lưu Word</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Đang ghi tệp Word…</translation>
    </message>
    <message>
        <source>Check a printed copy</source>
        <translation>Kiểm tra bản in</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer</source>
        <translation>Đã gửi %1 trang tới máy in</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Un-approve</source>
        <translation>Bỏ phê duyệt</translation>
    </message>
    <message>
        <source>%1, %2 was approved by %3 on %4. Why must it be changed?</source>
        <translation>%1, %2 đã được %3 phê duyệt lúc %4. Vì sao cần sửa lại?</translation>
    </message>
    <message>
        <source>The reason is kept with the approval&apos;s history</source>
        <translation>Lý do được lưu trong lịch sử phê duyệt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Data entry</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thanh tra viên</translation>
    </message>
    <message>
        <source>Leader (approves)</source>
        <translation>Lãnh đạo (phê duyệt)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
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
        <source>What was done; one paragraph per line.</source>
        <translation>Những việc đã làm; mỗi dòng một đoạn.</translation>
    </message>
    <message>
        <source>One difficulty per line: the report lists them.</source>
        <translation>Mỗi dòng một khó khăn: báo cáo sẽ liệt kê.</translation>
    </message>
    <message>
        <source>One task per line: the report numbers them.</source>
        <translation>Mỗi dòng một nhiệm vụ: báo cáo sẽ đánh số.</translation>
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
    <message>
        <source>typed differs from computed</source>
        <translation>số nhập khác số tổng hợp</translation>
    </message>
    <message>
        <source>computed from every unit and month</source>
        <translation>tổng hợp đủ đơn vị, đủ tháng</translation>
    </message>
    <message>
        <source>computed from only some</source>
        <translation>tổng hợp chưa đủ</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <source>breaks a check</source>
        <translation>vi phạm quy tắc kiểm tra</translation>
    </message>
    <message>
        <source>unusual: check it</source>
        <translation>bất thường: cần xem lại</translation>
    </message>
    <message>
        <source>The figure&apos;s tooltip says which check and why</source>
        <translation>Chú thích của ô số liệu cho biết quy tắc nào và vì sao</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Restore the newest good backup (%1)?</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất (%1)?</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>TrashPanel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Deleted at</source>
        <translation>Xóa lúc</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Empty the trash…</source>
        <translation>Dọn thùng rác…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Cuộc kiểm tra</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Đơn thư</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Dọn thùng rác</translation>
    </message>
    <message>
        <source>Remove the %1 records in the trash for good?</source>
        <translation>Xóa hẳn %1 bản ghi trong thùng rác?</translation>
    </message>
    <message>
        <source>Remove for good</source>
        <translation>Xóa hẳn</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
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
        <source>%1 lines: each line&apos;s colour heads its column in the table.</source>
        <translation>%1 đường: màu của mỗi đường ở đầu cột của nó trong bảng.</translation>
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
    <message>
        <source>Imported: the earlier edits can no longer be undone</source>
        <translation>Đã nhập dữ liệu: các thao tác sửa trước đó không còn hoàn tác được</translation>
    </message>
</context>
<context>
    <name>ViolationListPanel</name>
    <message>
        <source>Search (diacritics optional)</source>
        <translation>Tìm kiếm (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Unpaid past deadline</source>
        <translation>Quá hạn chưa nộp phạt</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Chưa đủ thông tin</translation>
    </message>
    <message>
        <source>Quick entry…</source>
        <translation>Ghi nhanh…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 bản ghi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Move the violation of “%1” to the trash? It can be restored until the trash is emptied.</source>
        <translation>Chuyển vi phạm của “%1” vào thùng rác? Có thể khôi phục cho đến khi dọn thùng rác.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Vi phạm</translation>
    </message>
</context>
<context>
    <name>ViolationTableModel</name>
    <message>
        <source>Date and time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Đối tượng vi phạm</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Fine (đồng)</source>
        <translation>Tiền phạt (đồng)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Penalty decision</source>
        <translation>Quyết định xử phạt</translation>
    </message>
    <message>
        <source>Payment deadline</source>
        <translation>Hạn nộp phạt</translation>
    </message>
    <message>
        <source>Still to fill for the record</source>
        <translation>Biên bản còn thiếu</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 và %2 mục khác</translation>
    </message>
</context>
</TS>
