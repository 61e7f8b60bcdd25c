"""``python -m claimrec``: the same as the ``claimrec`` command."""

import sys

from claimrec.cli import main

sys.exit(main())
