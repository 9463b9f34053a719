package dev.atrium.admin.operator;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorRepository extends JpaRepository<Operator, Long> {

    Optional<Operator> findByEmailIgnoreCase(String email);
}
