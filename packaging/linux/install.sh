#!/bin/sh
# Install the unpacked Evidence Desk folder for the current user (no root needed):
#   ./install.sh            copy to ~/.local/opt/evidence-desk, add a menu entry and the `evidence-desk` command
#   ./install.sh --portable leave it where it is and keep the workspace beside it (for USB sticks)
#   ./install.sh --uninstall
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/evidence-desk
bin=$HOME/.local/bin
case "${1:-}" in
  --uninstall)
    rm -rf "$opt" "$bin/evidence-desk" "$prefix/applications/evidence-desk.desktop"
    find "$prefix/icons/hicolor" -name 'evidence-desk.png' -delete 2>/dev/null || true
    echo "已卸载（工作区数据保留在 $prefix/EvidenceDesk）/ uninstalled (your workspace data is kept)"
    exit 0 ;;
  --portable)
    touch "$here/portable.txt"
    echo "便携模式：工作区保存在 $here/workspace / portable mode: workspace kept beside the program"
    exit 0 ;;
  "") ;;
  *) echo "usage: ./install.sh [--portable | --uninstall]" >&2; exit 2 ;;
esac
mkdir -p "$opt" "$bin" "$prefix/applications"
cp -a "$here/." "$opt/"
rm -f "$opt/portable.txt"
ln -sf "$opt/evidence-desk" "$bin/evidence-desk"
for png in "$here"/icons/evidence-desk-*.png; do
  [ -e "$png" ] || continue
  size=$(basename "$png" .png | sed 's/evidence-desk-//')
  mkdir -p "$prefix/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$prefix/icons/hicolor/${size}x${size}/apps/evidence-desk.png"
done
sed "s|^Exec=evidence-desk|Exec=$opt/evidence-desk|" "$here/evidence-desk.desktop" > "$prefix/applications/evidence-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$prefix/applications" 2>/dev/null || true
echo "已安装到 $opt，可从开始菜单“办公”中打开“印证资料报送”，或运行 evidence-desk。"
echo "Installed to $opt; start it from the Office menu or run evidence-desk."
