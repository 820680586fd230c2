package pgserver

// Dir returns the temporary directory of s, for the tests of package
// pgserver_test.
func Dir(s *Server) string { return s.dir }
