<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>BackupActions</name>
        <message>
            <source>Back up</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>slamdesk backups (*.db)</source>
            <translation>Bản sao lưu slamdesk (*.db)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Back &amp;up now…</source>
            <translation>Sao lưu &amp;ngay…</translation>
        </message>
        <message>
            <source>Copy the database into the backups folder beside it, checked, while you keep working</source>
            <translation>Sao chép cơ sở dữ liệu vào thư mục sao lưu bên cạnh, có kiểm tra, trong khi bạn vẫn tiếp tục làm việc</translation>
        </message>
        <message>
            <source>Rest&amp;ore…</source>
            <translation>&amp;Khôi phục…</translation>
        </message>
        <message>
            <source>Replace the database with a backup (administrators); the database as it is is kept as a backup first</source>
            <translation>Thay cơ sở dữ liệu bằng một bản sao lưu (quản trị viên); cơ sở dữ liệu hiện tại được giữ lại thành bản sao lưu trước</translation>
        </message>
        <message>
            <source>Backing up {database}…
The copy goes into the backups folder beside it, checked before it is kept.</source>
            <translation>Đang sao lưu {database}…
Bản sao được đặt vào thư mục sao lưu bên cạnh và được kiểm tra trước khi lưu giữ.</translation>
        </message>
        <message>
            <source>Backing up {database}…</source>
            <translation>Đang sao lưu {database}…</translation>
        </message>
        <message>
            <source>Replace everything in {database} with the backup {backup} of {when}?</source>
            <translation>Thay toàn bộ nội dung của {database} bằng bản sao lưu {backup} lúc {when}?</translation>
        </message>
        <message>
            <source>Everything saved since then is replaced by the backup ({size}, schema {revision}), for everyone who uses {database}. The database as it is now is kept in the backups folder first, so you can go back to it.</source>
            <translation>Mọi thứ được lưu kể từ lúc đó sẽ bị thay bằng bản sao lưu ({size}, lược đồ {revision}), đối với tất cả những ai dùng {database}. Cơ sở dữ liệu hiện tại được giữ lại trước trong thư mục sao lưu để bạn có thể quay lại.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Khôi phục</translation>
        </message>
        <message>
            <source>Restore: cancelled; nothing changed.</source>
            <translation>Khôi phục: đã hủy; không có gì thay đổi.</translation>
        </message>
        <message>
            <source>Restoring {backup} into {database}…
First the database as it is now is kept as a backup; it is replaced when the copy is complete.</source>
            <translation>Đang khôi phục {backup} vào {database}…
Trước tiên cơ sở dữ liệu hiện tại được giữ lại thành bản sao lưu; nó chỉ bị thay khi việc sao chép hoàn tất.</translation>
        </message>
        <message>
            <source>Restoring {backup}…</source>
            <translation>Đang khôi phục {backup}…</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size})</source>
            <translation>Đã sao lưu vào {path} ({size})</translation>
        </message>
        <message>
            <source>{what}: not done. {error}</source>
            <translation>{what}: chưa thực hiện được. {error}</translation>
        </message>
        <message>
            <source>No backup was made: {error}</source>
            <translation>Chưa tạo được bản sao lưu: {error}</translation>
        </message>
        <message>
            <source>Restored {backup}. The database as it was is kept as {kept}.</source>
            <translation>Đã khôi phục {backup}. Cơ sở dữ liệu trước đó được giữ lại dưới tên {kept}.</translation>
        </message>
        <message>
            <source>It is in {folder}.</source>
            <translation>Tệp nằm trong {folder}.</translation>
        </message>
    </context>
    <context>
        <name>TeamDatabaseDialog</name>
        <message>
            <source>Connect to a team database</source>
            <translation>Kết nối tới cơ sở dữ liệu nhóm</translation>
        </message>
        <message>
            <source>your own PostgreSQL login</source>
            <translation>tên đăng nhập PostgreSQL của riêng bạn</translation>
        </message>
        <message>
            <source>leave empty to use ~/.pgpass</source>
            <translation>để trống để dùng ~/.pgpass</translation>
        </message>
        <message>
            <source>A register that the whole team shares lives on a PostgreSQL server. Sign in with your own login; your slamdesk profile is asked for next.</source>
            <translation>Sổ đăng ký dùng chung cho cả nhóm nằm trên máy chủ PostgreSQL. Hãy đăng nhập bằng tài khoản của riêng bạn; sau đó bạn sẽ được hỏi hồ sơ slamdesk của mình.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Máy chủ:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Cổng:</translation>
        </message>
        <message>
            <source>&amp;Database:</source>
            <translation>Cơ sở &amp;dữ liệu:</translation>
        </message>
        <message>
            <source>&amp;Login:</source>
            <translation>Tên đăng &amp;nhập:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Mật &amp;khẩu:</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>Kế&amp;t nối</translation>
        </message>
        <message>
            <source>Give the server.</source>
            <translation>Hãy nhập máy chủ.</translation>
        </message>
        <message>
            <source>Give the database.</source>
            <translation>Hãy nhập cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>Give your login.</source>
            <translation>Hãy nhập tên đăng nhập của bạn.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Kết nối</translation>
        </message>
    </context>
</TS>
