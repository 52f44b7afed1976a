<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
    <context>
        <name>AgreementClausesDialog</name>
        <message>
            <source>Clauses of {number}</source>
            <translation>Điều khoản của {number}</translation>
        </message>
        <message>
            <source>Clauses of {number} — slamdesk</source>
            <translation>Điều khoản của {number} — slamdesk</translation>
        </message>
        <message>
            <source>Version {version} · {status} · clauses in {language} · {customer}</source>
            <translation>Phiên bản {version} · {status} · điều khoản bằng {language} · {customer}</translation>
        </message>
        <message>
            <source>A signed agreement never changes: amend it to change its clauses in a new version.</source>
            <translation>Thỏa thuận đã ký không bao giờ thay đổi: hãy sửa đổi nó để thay đổi điều khoản trong một phiên bản mới.</translation>
        </message>
        <message>
            <source>A terminated agreement is kept as it was signed.</source>
            <translation>Thỏa thuận đã chấm dứt được giữ nguyên như khi ký.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; reviewers can request changes.</source>
            <translation>Điều khoản chỉ thay đổi được trong bản nháp; người xem xét có thể yêu cầu thay đổi.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft; an approved version goes on to signing.</source>
            <translation>Điều khoản chỉ thay đổi được trong bản nháp; phiên bản đã phê duyệt sẽ chuyển sang bước ký.</translation>
        </message>
        <message>
            <source>Clauses change only in a draft.</source>
            <translation>Điều khoản chỉ thay đổi được trong bản nháp.</translation>
        </message>
        <message>
            <source>Read-only: version {version} is {status}. {advice}</source>
            <translation>Chỉ đọc: phiên bản {version} đang ở trạng thái {status}. {advice}</translation>
        </message>
        <message>
            <source>Read-only: {name} ({role}) cannot choose an agreement's clauses; representatives, legal reviewers and administrators can.</source>
            <translation>Chỉ đọc: {name} ({role}) không thể chọn điều khoản của thỏa thuận; người đại diện, người xem xét pháp lý và quản trị viên thì có thể.</translation>
        </message>
        <message>
            <source>library v{version} · not in the agreement</source>
            <translation>thư viện v{version} · không có trong thỏa thuận</translation>
        </message>
        <message>
            <source>written for this agreement</source>
            <translation>viết riêng cho thỏa thuận này</translation>
        </message>
        <message>
            <source>library v{version} · edited</source>
            <translation>thư viện v{version} · đã sửa</translation>
        </message>
        <message>
            <source>library v{version}</source>
            <translation>thư viện v{version}</translation>
        </message>
        <message>
            <source>Written for this agreement; there is no library text to compare with.</source>
            <translation>Được viết riêng cho thỏa thuận này; không có văn bản thư viện để so sánh.</translation>
        </message>
        <message>
            <source>From the library, version {version}. The library now has version {newest}.</source>
            <translation>Từ thư viện, phiên bản {version}. Thư viện hiện có phiên bản {newest}.</translation>
        </message>
        <message>
            <source>From the library, version {version}.</source>
            <translation>Từ thư viện, phiên bản {version}.</translation>
        </message>
        <message>
            <source>Not in the agreement: tick it to include it and to edit the agreement's copy.</source>
            <translation>Không có trong thỏa thuận: đánh dấu để đưa vào và chỉnh sửa bản sao của thỏa thuận.</translation>
        </message>
        <message>
            <source>The agreement's own clause.</source>
            <translation>Điều khoản riêng của thỏa thuận.</translation>
        </message>
        <message>
            <source>Edited: this agreement's copy differs from the library.</source>
            <translation>Đã sửa: bản sao của thỏa thuận này khác với thư viện.</translation>
        </message>
        <message>
            <source>Same as the library text.</source>
            <translation>Giống văn bản trong thư viện.</translation>
        </message>
        <message>
            <source>No library clause to compare with.</source>
            <translation>Không có điều khoản thư viện để so sánh.</translation>
        </message>
        <message>
            <source>No difference: the agreement uses the library text as it is.</source>
            <translation>Không có khác biệt: thỏa thuận dùng nguyên văn bản thư viện.</translation>
        </message>
        <message>
            <source>Save clauses</source>
            <translation>Lưu điều khoản</translation>
        </message>
        <message>
            <source>Store the ticked clauses in this version (Ctrl+S)</source>
            <translation>Lưu các điều khoản đã đánh dấu vào phiên bản này (Ctrl+S)</translation>
        </message>
        <message>
            <source>{number} version {version}</source>
            <translation>{number} phiên bản {version}</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) saved in {number}</source>
            <translation>
                <numerusform>Đã lưu %n điều khoản trong {number}</numerusform>
            </translation>
        </message>
        <message>
            <source>The clauses of {number}</source>
            <translation>Các điều khoản của {number}</translation>
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
            <source>Move the clause up in the agreement (Alt+Up)</source>
            <translation>Chuyển điều khoản lên trên trong thỏa thuận (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the clause down in the agreement (Alt+Down)</source>
            <translation>Chuyển điều khoản xuống dưới trong thỏa thuận (Alt+Down)</translation>
        </message>
        <message>
            <source>Reset to library text</source>
            <translation>Khôi phục văn bản thư viện</translation>
        </message>
        <message>
            <source>Put the library wording back (Ctrl+Z in the text undoes it)</source>
            <translation>Đặt lại câu chữ của thư viện (nhấn Ctrl+Z trong văn bản để hoàn tác)</translation>
        </message>
        <message>
            <source>Clauses — tick those in the agreement</source>
            <translation>Điều khoản — đánh dấu những điều khoản có trong thỏa thuận</translation>
        </message>
        <message>
            <source>The agreement's wording</source>
            <translation>Câu chữ trong thỏa thuận</translation>
        </message>
        <message>
            <source>Difference to library</source>
            <translation>Khác biệt so với thư viện</translation>
        </message>
        <message>
            <source>compared with the library clause this copy was picked from</source>
            <translation>so với điều khoản thư viện mà bản sao này được lấy từ đó</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Tải lại</translation>
        </message>
        <message>
            <source>Read the clauses again as stored, dropping your unsaved edits</source>
            <translation>Đọc lại các điều khoản như đã lưu, bỏ các chỉnh sửa chưa lưu của bạn</translation>
        </message>
    </context>
    <context>
        <name>ClauseLibraryDialog</name>
        <message>
            <source>Clause library — slamdesk</source>
            <translation>Thư viện điều khoản — slamdesk</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n clause(s)</source>
            <translation>
                <numerusform>{shown} trên %n điều khoản</numerusform>
            </translation>
        </message>
        <message>
            <source>The clause “{title}”</source>
            <translation>Điều khoản “{title}”</translation>
        </message>
        <message>
            <source>{version} (latest)</source>
            <translation>{version} (mới nhất)</translation>
        </message>
        <message>
            <source>Version {version}  (latest)</source>
            <translation>Phiên bản {version}  (mới nhất)</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Phiên bản {version}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Version {version}&lt;/b&gt; is the latest.</source>
            <translation>&lt;b&gt;Phiên bản {version}&lt;/b&gt; là bản mới nhất.</translation>
        </message>
        <message>
            <source>Choose an older version to see what changed since.</source>
            <translation>Chọn một phiên bản cũ hơn để xem những gì đã thay đổi kể từ đó.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Changes from version {old} to version {latest}&lt;/b&gt; (latest)</source>
            <translation>&lt;b&gt;Thay đổi từ phiên bản {old} đến phiên bản {latest}&lt;/b&gt; (mới nhất)</translation>
        </message>
        <message>
            <source>Title: {old} → {new}</source>
            <translation>Tiêu đề: {old} → {new}</translation>
        </message>
        <message>
            <source>The text is the same; only the title changed.</source>
            <translation>Văn bản giữ nguyên; chỉ tiêu đề thay đổi.</translation>
        </message>
        <message>
            <source>Text of version {version} copied in; save to make it the latest version.</source>
            <translation>Đã chép văn bản của phiên bản {version} vào; hãy lưu để nó trở thành phiên bản mới nhất.</translation>
        </message>
        <message>
            <source>Read-only: you are working as {name} ({role}). The clause library is kept by legal reviewers and administrators; ask one of them to change a clause. Agreements may still edit their own copy.</source>
            <translation>Chỉ đọc: bạn đang làm việc với tư cách {name} ({role}). Thư viện điều khoản do người xem xét pháp lý và quản trị viên duy trì; hãy nhờ một trong số họ thay đổi điều khoản. Các thỏa thuận vẫn có thể chỉnh sửa bản sao riêng của mình.</translation>
        </message>
        <message>
            <source>Only legal reviewers and administrators add clauses</source>
            <translation>Chỉ người xem xét pháp lý và quản trị viên mới thêm được điều khoản</translation>
        </message>
        <message>
            <source>Unsaved changes: saving adds a new version; the old text stays in the history.</source>
            <translation>Có thay đổi chưa lưu: lưu sẽ thêm một phiên bản mới; văn bản cũ vẫn còn trong lịch sử.</translation>
        </message>
        <message>
            <source>Save clause</source>
            <translation>Lưu điều khoản</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>Đã lưu thành phiên bản {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) saved as version {version}</source>
            <translation>Đã lưu điều khoản “{title}” ({language}) thành phiên bản {version}</translation>
        </message>
        <message>
            <source>Save (Ctrl+S) or revert the changes to this clause first.</source>
            <translation>Hãy lưu (Ctrl+S) hoặc hoàn nguyên các thay đổi của điều khoản này trước.</translation>
        </message>
        <message>
            <source>“{title}” added to the library as version {version}.</source>
            <translation>Đã thêm “{title}” vào thư viện với phiên bản {version}.</translation>
        </message>
        <message>
            <source>Clause “{title}” ({language}) added to the library</source>
            <translation>Đã thêm điều khoản “{title}” ({language}) vào thư viện</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Tất cả ngôn ngữ</translation>
        </message>
        <message>
            <source>Filter by key, title or text</source>
            <translation>Lọc theo khóa, tiêu đề hoặc văn bản</translation>
        </message>
        <message>
            <source>Copy this text into the editor</source>
            <translation>Chép văn bản này vào trình soạn thảo</translation>
        </message>
        <message>
            <source>Start from an older wording; save it to make it the latest version</source>
            <translation>Bắt đầu từ câu chữ cũ hơn; lưu lại để nó trở thành phiên bản mới nhất</translation>
        </message>
        <message>
            <source>&amp;Save as new version</source>
            <translation>&amp;Lưu thành phiên bản mới</translation>
        </message>
        <message>
            <source>&amp;New clause…</source>
            <translation>Điều khoản &amp;mới…</translation>
        </message>
        <message>
            <source>Save as new version ({shortcut})</source>
            <translation>Lưu thành phiên bản mới ({shortcut})</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Hoàn nguyên</translation>
        </message>
        <message>
            <source>Drop the unsaved edits to this clause</source>
            <translation>Bỏ các chỉnh sửa chưa lưu của điều khoản này</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Điều khoản mới…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>N&amp;gôn ngữ:</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Điều khoản</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Khóa:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Version:</source>
            <translation>Phiên bản:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tiêu đề:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Văn &amp;bản:</translation>
        </message>
        <message>
            <source>Version history of this clause in this language</source>
            <translation>Lịch sử phiên bản của điều khoản này bằng ngôn ngữ này</translation>
        </message>
    </context>
    <context>
        <name>NewClauseDialog</name>
        <message>
            <source>New library clause</source>
            <translation>Điều khoản thư viện mới</translation>
        </message>
        <message>
            <source>A clause is known by its key in each language, e.g. &lt;i&gt;data_protection&lt;/i&gt;. Use an existing key to add that clause in another language; saving a key that already exists in the language adds a new version of it.</source>
            <translation>Mỗi điều khoản được nhận biết bằng khóa của nó trong từng ngôn ngữ, ví dụ &lt;i&gt;data_protection&lt;/i&gt;. Dùng một khóa đã có để thêm điều khoản đó bằng ngôn ngữ khác; lưu một khóa đã tồn tại trong ngôn ngữ đó sẽ thêm một phiên bản mới của nó.</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>Thêm vào thư viện</translation>
        </message>
        <message>
            <source>letters, digits and _, e.g. data_protection</source>
            <translation>chữ cái, chữ số và _, ví dụ data_protection</translation>
        </message>
        <message>
            <source>as printed in the agreement</source>
            <translation>như được in trong thỏa thuận</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Khóa:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tiêu đề:</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>Văn &amp;bản:</translation>
        </message>
    </context>
</TS>
