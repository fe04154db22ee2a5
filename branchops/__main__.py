import sys

from branchops.cli import main

sys.exit(main())
