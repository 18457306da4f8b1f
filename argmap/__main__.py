"""`python -m argmap COMMAND`: the headless commands, without Qt."""

import sys

from argmap.cli import main

sys.exit(main())
