## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = Mã dịch vụ này không có trong bộ mã của hệ thống mã hóa của nó.
    .help = Kiểm tra mã trên giấy ủy quyền của chương trình bảo hiểm. Nếu chương trình dùng mã này, hãy thêm vào tệp bộ mã của cơ quan.
s18-modifiers-not-listed = Các mã bổ nghĩa này không phải là tổ hợp đã được liệt kê cho mã dịch vụ này.
    .help = Chép các mã bổ nghĩa theo đúng thứ tự từ giấy ủy quyền.
s18-unit-not-listed = Mã dịch vụ này không được tính theo đơn vị dịch vụ này.
    .help = Dùng một trong các đơn vị này: { $units }.
