"""Application identity, in one place.

The window title, the About box, QApplication's metadata, the PyInstaller spec and the
desktop entry all read these names, so they can never disagree.
"""

from app import __version__

APP_NAME = "Parley"
APP_VERSION = __version__
ORGANIZATION_NAME = "Parley"
ORGANIZATION_DOMAIN = "parley.app"
#: Reverse-DNS id: the desktop file name, the AppStream id and the macOS bundle id.
APP_ID = "app.parley.Parley"
DESKTOP_FILE_NAME = APP_ID
EXECUTABLE_NAME = "parley"
#: The folder name platformdirs uses for user data ("Parley" under ~/.local/share etc.).
DATA_DIR_NAME = "Parley"
DATABASE_FILE_NAME = "parley.db"
DATA_DIR_ENV = "PARLEY_DATA_DIR"
LICENSE = "MIT"
HOMEPAGE = "https://parley.app"
