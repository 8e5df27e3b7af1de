/** Application menu labels in the UI languages. The renderer has its own catalogue; these are main's. */
import type { Language } from '../api';

export interface MenuStrings {
  file: string;
  new: string;
  newNews: string;
  newPress: string;
  newNotice: string;
  open: string;
  openRecent: string;
  noRecent: string;
  clearRecent: string;
  save: string;
  saveAs: string;
  exportRelease: string;
  print: string;
  insertPhoto: string;
  importFile: string;
  mergeReview: string;
  settings: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  find: string;
  replace: string;
  convertLegacy: string;
  view: string;
  reload: string;
  devTools: string;
  actualSize: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  help: string;
  about: string;
}

export const MENU_STRINGS: Record<Language, MenuStrings> = {
  vi: {
    file: 'Tệp',
    new: 'Mới',
    newNews: 'Tin bài',
    newPress: 'Thông cáo báo chí',
    newNotice: 'Thông cáo',
    open: 'Mở…',
    openRecent: 'Mở tệp gần đây',
    noRecent: 'Chưa có tệp nào',
    clearRecent: 'Xóa danh sách',
    save: 'Lưu',
    saveAs: 'Lưu thành…',
    exportRelease: 'Xuất…',
    print: 'In…',
    insertPhoto: 'Chèn ảnh…',
    importFile: 'Nhập…',
    mergeReview: 'Gộp bản góp ý…',
    settings: 'Cài đặt…',
    close: 'Đóng',
    quit: 'Thoát PressDesk',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    find: 'Tìm…',
    replace: 'Tìm và thay thế…',
    convertLegacy: 'Chuyển mã vùng chọn từ…',
    view: 'Xem',
    reload: 'Tải lại',
    devTools: 'Công cụ nhà phát triển',
    actualSize: 'Cỡ thật',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    fullScreen: 'Toàn màn hình',
    help: 'Trợ giúp',
    about: 'Giới thiệu PressDesk',
  },
  en: {
    file: 'File',
    new: 'New',
    newNews: 'News article',
    newPress: 'Press release',
    newNotice: 'Official notice',
    open: 'Open…',
    openRecent: 'Open Recent',
    noRecent: 'No recent files',
    clearRecent: 'Clear Recent',
    save: 'Save',
    saveAs: 'Save As…',
    exportRelease: 'Export…',
    print: 'Print…',
    insertPhoto: 'Insert photo…',
    importFile: 'Import…',
    mergeReview: "Merge a reviewer's copy…",
    settings: 'Settings…',
    close: 'Close',
    quit: 'Quit PressDesk',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    find: 'Find…',
    replace: 'Find and Replace…',
    convertLegacy: 'Convert selection from…',
    view: 'View',
    reload: 'Reload',
    devTools: 'Toggle Developer Tools',
    actualSize: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    help: 'Help',
    about: 'About PressDesk',
  },
};
