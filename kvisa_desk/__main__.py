from kvisa_desk.cli import main

raise SystemExit(main())
