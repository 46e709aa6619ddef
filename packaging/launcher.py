"""PyInstaller entry point: the bundled `article-viewer` runs the console script's `main()`."""

import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main())
