package fr.pilotectg.directory.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads the account that signs in; Spring Security compares the password and checks the lock. */
@Service
class PiloteUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    PiloteUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findPrincipal(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
