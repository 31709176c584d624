// The local end-to-end demo of the level-2 loop lands with issue #10; until then it says so.
console.log('The end-to-end demo is coming (issue #10). Run `npm test` to exercise the actions built so far.');
