import { configure } from '@testing-library/react';

// The web tests share two cores with the server's integration tests: a page that takes more than the library's
// default second to appear is slow, not broken. Five seconds keeps a real absence failing quickly enough.
configure({ asyncUtilTimeout: 5_000 });
