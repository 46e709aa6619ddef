"""`python -m desktop_app` runs the app, like the `article-viewer` command."""

import sys

from desktop_app.app import main

sys.exit(main())
