#!/usr/bin/env node
// The package's command: runs the compiled CLI (built by "npm install" through "prepare").
import('../dist/src/cli.js');
